import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import {
  type Eb,
  heldOn,
  PERSON_COLUMNS,
  type PostRow,
  workingOn,
} from './candidates.repository.js'

/**
 * The pool of candidates for a post (docs/appointment-candidates.md), read under the caller's
 * reader role like every other read of people.
 */
type Db = Kysely<Database>

/** The unit of the ministry (depth 1) that contains a unit: '/1/7/31/' → '/1/7/'. */
export function topUnitPath(path: string): string {
  const ids = path.split('/').filter((part) => part !== '')
  return `/${ids.slice(0, 2).join('/')}/`
}

/**
 * In a planning pool on `asOf` for this post or one of an equivalent or higher level: any in
 * the ministry for the posts it plans itself (levels 1–4), its own unit's for division posts.
 */
function isPlanned(eb: Eb, post: PostRow, asOf: string) {
  return eb.exists(
    eb
      .selectFrom('planning_entries as pe')
      .innerJoin('leadership_posts as lp', 'lp.id', 'pe.post_id')
      .innerJoin('units as pu', 'pu.id', 'lp.unit_id')
      .whereRef('pe.person_id', '=', 'p.id')
      .where('pe.added_on', '<=', asOf)
      .where((w) => w.or([w('pe.removed_on', 'is', null), w('pe.removed_on', '>', asOf)]))
      .where('lp.level', '<=', post.level)
      .$if(post.level >= 5, (qb) => qb.where('pu.path', 'like', `${topUnitPath(post.unit_path)}%`)),
  )
}

/** Holding the level just below the post in its unit; below a deputy division head, no post. */
function isLevelBelow(eb: Eb, post: PostRow, asOf: string) {
  const heldPosts = eb
    .selectFrom('appointments as a')
    .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
    .innerJoin('units as pu', 'pu.id', 'lp.unit_id')
    .whereRef('a.person_id', '=', 'p.id')
    .where((w) => heldOn(w, asOf))
  if (post.level < 6) {
    return eb.exists(
      heldPosts
        .where('lp.level', '=', post.level + 1)
        .where('pu.path', 'like', `${post.unit_path}%`),
    )
  }
  return eb.and([eb('p.unit_id', '=', post.unit_id), eb.not(eb.exists(heldPosts))])
}

/** Already holding this post, or a higher one: not a candidate for it. */
function holdsPostOrHigher(eb: Eb, post: PostRow, asOf: string) {
  return eb.exists(
    eb
      .selectFrom('appointments as a')
      .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
      .whereRef('a.person_id', '=', 'p.id')
      .where((w) => heldOn(w, asOf))
      .where((w) => w.or([w('a.post_id', '=', post.id), w('lp.level', '<', post.level)])),
  )
}

/** People working on `asOf` in the pool; `poolPath` narrows them to a unit's subtree. */
export async function findPool(db: Db, post: PostRow, asOf: string, poolPath: string | null) {
  return db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin('ranks as r', 'r.code', 'p.rank_code')
    .select(PERSON_COLUMNS)
    .select(['u.id as unit_id', 'u.code as unit_code', 'u.name as unit_name'])
    .select(['r.name as rank_name', 'r.grade as rank_grade'])
    .where((eb) => workingOn(eb, asOf))
    .where((eb) =>
      eb.or([eb('p.joined_ministry', 'is', null), eb('p.joined_ministry', '<=', asOf)]),
    )
    .$if(poolPath !== null, (qb) => qb.where('u.path', 'like', `${poolPath}%`))
    .where((eb) => eb.not(holdsPostOrHigher(eb, post, asOf)))
    .where((eb) => eb.or([isPlanned(eb, post, asOf), isLevelBelow(eb, post, asOf)]))
    .orderBy('p.id')
    .execute()
}

export type PoolPerson = Awaited<ReturnType<typeof findPool>>[number]
