import type { Kysely } from 'kysely'
import type { Principal, Role } from '../src/access/index.js'
import type { Config } from '../src/config.js'
import type { Database } from '../src/data/schema.js'
import { createAsk } from './chat/ask.js'
import type { AskFn } from './chat/run.js'
import { type RedTeamEvalReport, runRedTeamEval } from './redteam/pipeline.js'
import { type RegulationsEvalReport, runRegulationsEval } from './regulations/run.js'

/** What every part of `npm run eval` runs against. */
export interface EvalDeps {
  readonly config: Config
  readonly db: Kysely<Database>
  readonly engine: 'pglite' | 'postgres'
  readonly principals: Readonly<Record<Role, Principal>>
  readonly log: (line: string) => void
}

/** What the table needs of each part (the JSON output keeps the whole report). */
export type RegulationsResult = Pick<RegulationsEvalReport, 'recallAt5' | 'mrr'>
export type RedTeamResult = Pick<
  RedTeamEvalReport,
  'attacks' | 'leakedRows' | 'leakedSensitiveValues'
>

/** The chat pipeline as a leader would ask it (see eval/chat/ask.ts). */
export function loadAsk(deps: EvalDeps): Promise<AskFn> {
  return Promise.resolve(createAsk(deps))
}

/** Regulations retrieval over the starter corpus: recall@5 and MRR of the right article. */
export function regulationsPart(deps: EvalDeps): Promise<RegulationsResult> {
  return runRegulationsEval(deps.db, {})
}

/** Every attack through the product, through it with a malicious model, and to the model's pieces. */
export function redTeamPart(deps: EvalDeps): Promise<RedTeamResult> {
  return runRedTeamEval(deps)
}
