import path from 'node:path'
import { z } from 'zod'
import { AppError } from './errors.js'

/**
 * The environment, read once and validated. Nothing else in the program reads `process.env`:
 * every module gets the frozen `Config` it needs as an argument.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return ['postgres:', 'postgresql:'].includes(url.protocol) && url.hostname !== ''
      } catch {
        return false
      }
    },
    {
      message:
        'DATABASE_URL must look like postgres://user:password@host:5432/database (leave it unset to use the embedded database)',
    },
  )

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(postgresUrl.optional())
    .optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  LLM_BASE_URL: optionalText,
  LLM_MODEL: optionalText,
  LLM_API_KEY: optionalText,
  EMBEDDING_MODEL: optionalText,
  // How the model returns structured output: a JSON schema (the default) or a tool call, for
  // servers that support only one of them.
  LLM_STRUCTURED_OUTPUT: z.enum(['jsonSchema', 'functionCalling']).default('jsonSchema'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  CHAT_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  CHAT_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(500),
  // Largest planner cost of a chat query. Measured on 2,000,000 people: reasonable questions
  // cost at most ~9 × 10^7, a people × people join from ~9 × 10^9 (src/chat/sql/explain-cost.ts).
  CHAT_MAX_COST: z.coerce.number().positive().default(500_000_000),
  SEED: z.coerce.number().int().default(20250301),
  SEED_PEOPLE: z.coerce.number().int().min(10).max(5_000_000).default(6300),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
})

export interface LlmConfig {
  readonly baseUrl: string
  readonly model: string
  readonly apiKey: string
  readonly embeddingModel: string | undefined
  readonly structuredOutput: 'jsonSchema' | 'functionCalling'
  readonly timeoutMs: number
}

export interface Config {
  readonly port: number
  readonly host: string
  /** Folder of the embedded database (ignored when `databaseUrl` is set). */
  readonly dataDir: string
  readonly databaseUrl: string | undefined
  readonly engine: 'pglite' | 'postgres'
  readonly dbPoolSize: number
  readonly sessionTtlMs: number
  readonly llm: LlmConfig | undefined
  readonly chat: {
    readonly statementTimeoutMs: number
    readonly rowCap: number
    readonly maxCost: number
  }
  readonly seed: { readonly seed: number; readonly people: number }
  readonly logLevel: 'silent' | 'error' | 'info' | 'debug'
}

/** Parses an environment (by default `process.env`) into a frozen `Config`, or throws one clear error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue?.path.join('.') ?? 'environment'
    throw new AppError('CONFIG_INVALID', `${name}: ${issue?.message ?? 'invalid value'}`)
  }
  const e = parsed.data
  const llm =
    e.LLM_BASE_URL !== undefined || e.LLM_MODEL !== undefined
      ? readLlmConfig(e.LLM_BASE_URL, e.LLM_MODEL, e.LLM_API_KEY, e.EMBEDDING_MODEL, {
          structuredOutput: e.LLM_STRUCTURED_OUTPUT,
          timeoutMs: e.LLM_TIMEOUT_MS,
        })
      : undefined
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    engine: e.DATABASE_URL === undefined ? 'pglite' : 'postgres',
    dbPoolSize: e.DB_POOL_SIZE,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    llm,
    chat: Object.freeze({
      statementTimeoutMs: e.CHAT_STATEMENT_TIMEOUT_MS,
      rowCap: e.CHAT_ROW_CAP,
      maxCost: e.CHAT_MAX_COST,
    }),
    seed: Object.freeze({ seed: e.SEED, people: e.SEED_PEOPLE }),
    logLevel: e.LOG_LEVEL,
  })
}

function readLlmConfig(
  baseUrl: string | undefined,
  model: string | undefined,
  apiKey: string | undefined,
  embeddingModel: string | undefined,
  client: Pick<LlmConfig, 'structuredOutput' | 'timeoutMs'>,
): LlmConfig {
  if (baseUrl === undefined || model === undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      'LLM_BASE_URL and LLM_MODEL go together: set both to use a model, or neither to stay offline',
    )
  }
  try {
    new URL(baseUrl)
  } catch {
    throw new AppError(
      'CONFIG_INVALID',
      'LLM_BASE_URL must be a URL such as http://127.0.0.1:11434/v1',
    )
  }
  // Local servers (vLLM, Ollama) accept any key; the client library insists on one.
  return Object.freeze({
    baseUrl,
    model,
    apiKey: apiKey ?? 'not-needed',
    embeddingModel,
    ...client,
  })
}
