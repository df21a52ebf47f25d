import { afterAll, beforeAll } from 'vitest'
import { loadSqlParser } from '../src/chat/sql/parser.js'
import { type EngineDb, openBlankEngineDb } from './engine-db.js'
import { buildSmallMinistry, type SmallMinistry } from './small-ministry.js'

export interface SmallMinistryFixture {
  readonly env: EngineDb
  readonly world: SmallMinistry
}

/**
 * The small ministry in a blank database of the engine under test, built once for the file
 * (with the SQL parser loaded) and closed after it. Read `env` and `world` inside tests.
 */
export function useSmallMinistry(): SmallMinistryFixture {
  const fixture = {} as { env: EngineDb; world: SmallMinistry }
  beforeAll(async () => {
    await loadSqlParser()
    fixture.env = await openBlankEngineDb()
    fixture.world = await buildSmallMinistry(fixture.env.db)
  })
  afterAll(() => fixture.env.close())
  return fixture
}
