import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import { listUnits } from '../../data/units.repository.js'
import type { LexiconRank } from './entities/rank-forms.js'
import { rankPhrases } from './entities/rank-forms.js'
import { abbreviatedNames, type LexiconUnit, unitForms } from './entities/unit-forms.js'
import { phraseTokens } from './normalise.js'
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js'
import type { Tag } from './tags.js'
import { ATTRIBUTE_PHRASES, EVALUATION_PHRASES, MODIFIER_PHRASES } from './vocabulary/attributes.js'
import { FILLER_PHRASES } from './vocabulary/fillers.js'
import { MEASURE_PHRASES } from './vocabulary/measures.js'
import { ORDERING_PHRASES } from './vocabulary/ordering.js'
import { BREAKDOWN_PHRASES } from './vocabulary/breakdown-words.js'
import { POST_PHRASES, titlePhrases } from './vocabulary/posts.js'
import { ROUTE_PHRASES } from './vocabulary/routing.js'
import { SENSITIVE_GROUP_PHRASES, SENSITIVE_PHRASES } from './vocabulary/sensitive.js'
import { HOME_TOWN_GROUP_PHRASES } from './vocabulary/places.js'
import { TOPIC_PHRASES } from './vocabulary/topics.js'
import { trainingPhrases } from './vocabulary/trainings.js'
import { ENGLISH_UNIT_NAMES } from './vocabulary/unit-names-en.js'
import { EVENT_PHRASES, RECORD_PHRASES } from './vocabulary/events.js'

export type { LexiconRank } from './entities/rank-forms.js'
export type { LexiconUnit } from './entities/unit-forms.js'

/** A leadership title held in the ministry and the levels it occurs at. */
export interface LexiconPost {
  readonly title: string
  readonly levels: readonly number[]
}

/**
 * Everything the offline engine knows by name: units, leadership titles, ranks and the fixed
 * vocabularies, with their normalised forms indexed once. Built from reference tables only (no
 * personal data); the orchestrator loads it once and passes it with every question.
 */
export interface Lexicon {
  readonly units: readonly LexiconUnit[]
  readonly unitById: ReadonlyMap<number, LexiconUnit>
  readonly rootUnitId: number
  readonly posts: readonly LexiconPost[]
  readonly ranks: readonly LexiconRank[]
  readonly phrases: PhraseIndex<Tag>
}

export async function loadLexicon(db: Kysely<Database>): Promise<Lexicon> {
  const [units, posts, ranks] = await Promise.all([
    listUnits(db),
    db
      .selectFrom('leadership_posts')
      .select(['title', 'level'])
      .distinct()
      .orderBy('level')
      .orderBy('title')
      .execute(),
    db.selectFrom('ranks').selectAll().orderBy('code').execute(),
  ])
  return buildLexicon({
    units: units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      shortName: u.short_name,
      abbreviations: u.abbreviations,
      kind: u.kind,
      path: u.path,
      depth: u.depth,
      parentId: u.parent_id,
    })),
    posts: posts.map((p) => ({ title: p.title, level: p.level })),
    ranks: ranks.map((r) => ({
      code: r.code,
      name: r.name,
      grade: r.grade,
      staffCategory: r.staff_category,
    })),
  })
}

export interface LexiconSource {
  readonly units: readonly LexiconUnit[]
  readonly posts: readonly { readonly title: string; readonly level: number }[]
  readonly ranks: readonly LexiconRank[]
}

/** The lexicon of given reference rows; pure, so tests can build one without a database. */
export function buildLexicon(source: LexiconSource): Lexicon {
  const unitById = new Map(source.units.map((u) => [u.id, u]))
  const root = source.units.find((u) => u.depth === 0)
  if (root === undefined) throw new RangeError('The unit tree has no root')
  const levels = new Map<string, number[]>()
  for (const p of source.posts) levels.set(p.title, [...(levels.get(p.title) ?? []), p.level])
  const posts = [...levels].map(([title, l]) => ({ title, levels: l }))
  const phrases = buildPhraseIndex<Tag>([
    ...unitPhrases(source.units, unitById),
    ...MINISTRY_PHRASES,
    ...titlePhrases(posts.map((p) => p.title)),
    ...POST_PHRASES,
    ...rankPhrases(source.ranks),
    ...ATTRIBUTE_PHRASES,
    ...MODIFIER_PHRASES,
    ...EVALUATION_PHRASES.map(([p, levels]): [string, Tag] => [p, { kind: 'evaluation', levels }]),
    ...trainingPhrases(),
    ...SENSITIVE_PHRASES,
    ...SENSITIVE_GROUP_PHRASES,
    ...HOME_TOWN_GROUP_PHRASES,
    ...EVENT_PHRASES,
    ...RECORD_PHRASES,
    ...TOPIC_PHRASES,
    ...MEASURE_PHRASES,
    ...ORDERING_PHRASES,
    ...BREAKDOWN_PHRASES,
    ...ROUTE_PHRASES,
    ...FILLER_PHRASES,
  ])
  return { units: source.units, unitById, rootUnitId: root.id, posts, ranks: source.ranks, phrases }
}

const MINISTRY_PHRASES: readonly [string, Tag][] = [
  'bộ',
  'toàn bộ',
  'cả bộ',
  'toàn ngành',
  'trong bộ',
  'của bộ',
  'trong toàn bộ',
  'trên toàn bộ',
  'trên phạm vi toàn bộ',
  'the ministry',
  'ministry',
  'whole ministry',
  'entire ministry',
  'ministry-wide',
  'across the ministry',
  "the ministry's",
  "ministry's",
].map((p) => [p, { kind: 'ministry' }])

/**
 * One phrase per distinct unit name. A name shared by several units keeps them all (the
 * planner asks which one is meant), except that a top-level unit's own full name, or that name
 * as official writing abbreviates it, wins over a division that happens to share it ("Trung
 * tâm Công nghệ thông tin", "Trung tâm CNTT"): a division is named with its parent.
 */
function unitPhrases(
  units: readonly LexiconUnit[],
  unitById: ReadonlyMap<number, LexiconUnit>,
): [string, Tag][] {
  const byForm = new Map<string, { form: string; ids: Set<number> }>()
  for (const unit of units) {
    const parent = unit.parentId === null ? undefined : unitById.get(unit.parentId)
    // "the Ministry Inspectorate": with its article, an English name is not read as "the
    // ministry" followed by a word.
    const english = (ENGLISH_UNIT_NAMES[unit.code] ?? []).flatMap((name) => [name, `the ${name}`])
    for (const form of [...unitForms(unit, parent), ...english]) {
      const key = phraseTokens(form).join(' ')
      if (key === '') continue
      const entry = byForm.get(key) ?? { form, ids: new Set<number>() }
      entry.ids.add(unit.id)
      byForm.set(key, entry)
    }
  }
  const root = units.find((u) => u.depth === 0)
  return [...byForm.values()].map(({ form, ids }): [string, Tag] => {
    if (root !== undefined && ids.has(root.id)) return [form, { kind: 'ministry' }]
    const named = [...ids].filter((id) => {
      const unit = unitById.get(id)
      if (unit === undefined || unit.depth > 1) return false
      const key = phraseTokens(form).join(' ')
      return [unit.name, ...abbreviatedNames(unit.name)].some(
        (name) => phraseTokens(name).join(' ') === key,
      )
    })
    return [
      form,
      { kind: 'unit', unitIds: named.length === 1 ? named : [...ids].sort((a, b) => a - b) },
    ]
  })
}
