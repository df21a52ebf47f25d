export { restoreBackupFile } from './restore-backup.js'
export { type BackupSummary, writeBackupFile, writeBackupTo } from './write-backup.js'
