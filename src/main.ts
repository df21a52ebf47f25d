import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { createEmbedder } from './chat/embedder.js'
import { ingestStarterCorpus } from './chat/regulations/index.js'
import { openReadyDatabase } from './bootstrap.js'
import { loadConfig } from './config.js'
import { redactUrl } from './data/db.js'
import { describeFailure } from './errors.js'

/** loadConfig → database → app → serve. Nothing else starts anything. */
async function main(): Promise<void> {
  const started = performance.now()
  const config = loadConfig()
  const log = (line: string) => {
    if (config.logLevel !== 'silent') console.log(line)
  }
  log(
    config.engine === 'pglite'
      ? `Cơ sở dữ liệu nhúng (PGlite) tại ${config.dataDir}`
      : `Máy chủ PostgreSQL ${redactUrl(config.databaseUrl ?? '')}`,
  )
  const { db, created, demoAccounts } = await openReadyDatabase(config, { log })
  const app = createApp({ db, config, clock: () => new Date() })
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    log(`Sẵn sàng sau ${seconds} s: http://${info.address}:${info.port}/`)
  })
  if (created && demoAccounts.length > 0) {
    log('\nTài khoản dùng thử (mật khẩu chỉ hiện một lần này — hãy ghi lại):')
    for (const a of demoAccounts)
      log(`  ${a.role.padEnd(12)} ${a.username.padEnd(12)} ${a.password}   ${a.who}`)
    log(
      '\nĐăng nhập: mở trang web ở trên, hoặc\n' +
        `  curl -X POST http://${config.host}:${config.port}/api/auth/login -H 'content-type: application/json' ` +
        `-d '{"username":"tccb","password":"…"}'\n`,
    )
  }
  if (!created) {
    // A new version may ship revised starter summaries; loading them is idempotent and skips
    // unchanged ones, so it runs after the server is already answering.
    ingestStarterCorpus(db, { embedder: createEmbedder(config) }).then(
      (result) => {
        if (result.loaded.length > 0) log(`Cập nhật ${result.loaded.length} văn bản quy định mẫu.`)
      },
      (error: unknown) =>
        console.error(`Không cập nhật được văn bản mẫu: ${describeFailure(error)}`),
    )
  }
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    server.close()
    db.destroy().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Không khởi động được / cannot start: ${describeFailure(error)}`)
  process.exit(1)
})
