import { parseArgs } from 'node:util'
import { createAccount } from './auth/accounts.service.js'
import {
  REGULATIONS_INGEST_USAGE,
  REGULATIONS_REINDEX_USAGE,
  regulationsIngestCommand,
  regulationsReindexCommand,
} from './chat/regulations/commands.js'
import { requireEmbeddings } from './chat/llm/index.js'
import { restoreCommand } from './cli/restore.command.js'
import { seedCommand } from './cli/seed.command.js'
import { type Config, loadConfig } from './config.js'
import { verifyAuditChain } from './data/audit.repository.js'
import { writeBackupFile } from './data/backup/index.js'
import { createDb } from './data/db.js'
import { migrateToLatest } from './data/migrate.js'
import type { Database } from './data/schema.js'
import { listAccounts } from './data/accounts.repository.js'
import { AppError, describeFailure } from './errors.js'
import type { Kysely } from 'kysely'

const USAGE = `Usage: npm run cli -- <command> [options]

  migrate                         bring the database schema up to date
  seed [--people N] [--seed S] [--as-of YYYY-MM-DD]
                                  fill an empty database with the synthetic ministry
  user:create --username U --password P --role R [--role R2]
              [--unit CODE_OR_EXACT_NAME] [--person NATIONAL_ID] [--name "Full name"]
  user:list                       list accounts
  backup <file>                   write a backup (gzip'd JSON lines) of the whole database
  restore <file>                  restore a backup (embedded: the old folder is kept)
  audit:verify                    check the audit log's hash chain
  ${REGULATIONS_INGEST_USAGE}
                                  add regulation files (.md, .txt, .docx, .pdf) to the library
  ${REGULATIONS_REINDEX_USAGE}    re-embed regulation chunks made by another embedding model

The database is the embedded one in DATA_DIR (default ./data), or the server in DATABASE_URL.
Roles: employee, leader, unit_hr, ministry_hr, planner, admin.`

type Log = (line: string) => void

async function run(argv: string[], log: Log): Promise<void> {
  const [command, ...rest] = argv
  const config = loadConfig()
  switch (command) {
    case 'migrate':
      return withDb(config, async (db) => {
        const applied = await migrateToLatest(db)
        log(
          applied.length === 0
            ? 'Cơ sở dữ liệu đã ở phiên bản mới nhất.'
            : `Đã áp dụng: ${applied.join(', ')}`,
        )
      })
    case 'seed':
      return seedCommand(config, rest, log)
    case 'user:create':
      return withDb(config, async (db) => userCreate(db, rest, log))
    case 'user:list':
      return withDb(config, async (db) => {
        for (const a of await listAccounts(db))
          log(
            `${String(a.id).padStart(4)}  ${a.username.padEnd(16)} ${a.roles.join(',').padEnd(24)} ${a.active ? '' : '(khóa)'} ${a.display_name}`,
          )
      })
    case 'backup':
      return withDb(config, async (db) => {
        const file = requireFile(rest)
        const summary = await writeBackupFile(db, file)
        log(`Đã sao lưu ${summary.rows.toLocaleString('vi-VN')} dòng vào ${file}.`)
      })
    case 'restore':
      return restoreCommand(config, requireFile(rest), log)
    case 'audit:verify':
      return withDb(config, async (db) => {
        const check = await verifyAuditChain(db)
        if (check.firstBrokenId !== null)
          throw new AppError(
            'DB_ERROR',
            `The audit log is broken at entry ${check.firstBrokenId}: it was altered.`,
          )
        log(`Nhật ký kiểm toán nguyên vẹn: ${check.rows.toLocaleString('vi-VN')} mục.`)
      })
    case 'regulations:ingest':
      return regulationsIngestCommand(config, rest, log, { createEmbeddings: requireEmbeddings })
    case 'regulations:reindex':
      return regulationsReindexCommand(config, rest, log, { createEmbeddings: requireEmbeddings })
    case undefined:
    case 'help':
    case '--help':
      log(USAGE)
      return
    default:
      throw new AppError('BAD_REQUEST', `Unknown command "${command}". Run "npm run cli -- help".`)
  }
}

async function withDb(config: Config, fn: (db: Kysely<Database>) => Promise<void>): Promise<void> {
  const db = await createDb(config)
  try {
    await fn(db)
  } finally {
    await db.destroy()
  }
}

async function userCreate(db: Kysely<Database>, args: string[], log: Log): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', multiple: true },
      unit: { type: 'string' },
      person: { type: 'string' },
      name: { type: 'string' },
    },
  })
  const account = await createAccount(db, {
    username: values.username ?? '',
    password: values.password ?? '',
    roles: (values.role ?? []) as never,
    ...(values.unit === undefined ? {} : { unit: values.unit }),
    ...(values.person === undefined ? {} : { person: values.person }),
    ...(values.name === undefined ? {} : { displayName: values.name }),
  })
  log(`Đã tạo tài khoản ${account.username} (${account.roles.join(', ')}).`)
}

function requireFile(args: string[]): string {
  const file = args[0]
  if (file === undefined || file.startsWith('-'))
    throw new AppError('BAD_REQUEST', 'Name the backup file, e.g. backup ./hrm-2026-11-24.jsonl.gz')
  return file
}

run(process.argv.slice(2), (line) => console.log(line)).catch((error: unknown) => {
  console.error(`Lỗi / error: ${describeFailure(error)}`)
  process.exit(1)
})
