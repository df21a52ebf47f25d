import type { Lexicon, LexiconUnit } from '../lexicon.js'
import type { PostFilter } from '../plan.js'
import type { TagOf } from '../tags.js'
import type { Reading, UnitMention } from './reading.js'

export interface ResolvedUnits {
  /** Units whose whole subtree the question is about. */
  readonly subtrees: number[]
  /** Posts of a named unit itself ("Cục trưởng Cục Viễn thông", "lãnh đạo Vụ Pháp chế"). */
  readonly posts: PostFilter[]
  /** Every unit the question names, for the asker's scope check. */
  readonly mentioned: number[]
  /** The one unit an asker's view is rooted at (a leader's agency), if there is one. */
  readonly home?: number
  /** Units a name could mean when nothing in the question tells them apart. */
  readonly ambiguous?: readonly number[]
  readonly problems: string[]
}

/**
 * Settles which units the question names. A name shared by several divisions is settled by a
 * parent unit named elsewhere in the question ("ở Cục Viễn thông, Phòng Kế hoạch – Tài chính");
 * otherwise it stays ambiguous and the engine asks rather than picks.
 */
export function resolveUnits(
  reading: Reading,
  lexicon: Lexicon,
  scope: readonly number[] | undefined,
): ResolvedUnits {
  const problems: string[] = []
  const mentions = [...reading.units]
  if (reading.flags.home && mentions.length === 0) {
    // "Cục", "cục mình", "our agency": the one unit the asker's scope is rooted at (a unit named
    // as well is inside it, and the scope then only tells same-named units apart).
    if (scope?.length === 1) mentions.push({ ids: [scope[0]!], span: -1 })
    else problems.push('"our unit" for an asker without one')
  }
  const context = new Set<UnitMention>()
  const chosen = new Map<UnitMention, number>()
  for (const mention of mentions) {
    const id = settle(mention, mentions, context, lexicon, scope)
    if (id === undefined)
      return { subtrees: [], posts: [], mentioned: [], ambiguous: mention.ids, problems }
    chosen.set(mention, id)
  }
  const subtrees: number[] = []
  const posts: PostFilter[] = []
  for (const [mention, id] of chosen) {
    if (context.has(mention)) continue
    const unit = lexicon.unitById.get(id)
    const post =
      mention.post === undefined || unit === undefined
        ? undefined
        : postOfUnit(mention.post, unit, lexicon, mention.sharesKindWord === true)
    if (post !== undefined) posts.push(post)
    else subtrees.push(id)
    // A title that is not one of this unit's own posts still narrows the people in it.
    if (post === undefined && mention.post !== undefined) posts.push(mention.post.post)
  }
  return {
    subtrees: [...new Set(subtrees)],
    posts,
    mentioned: [...new Set(chosen.values())],
    ...(scope?.length === 1 ? { home: scope[0]! } : {}),
    problems,
  }
}

/**
 * The one unit a mention means: its only unit; the one under a parent named elsewhere in the
 * question (the parent is then context, not a condition of its own); the one inside the asker's
 * scope. Undefined when several remain.
 */
function settle(
  mention: UnitMention,
  mentions: readonly UnitMention[],
  context: Set<UnitMention>,
  lexicon: Lexicon,
  scope: readonly number[] | undefined,
): number | undefined {
  if (mention.ids.length === 1) return mention.ids[0]
  const childOf = (id: number, parent: number) => lexicon.unitById.get(id)?.parentId === parent
  const parent = mentions.find(
    (m) =>
      m !== mention &&
      m.ids.length === 1 &&
      mention.ids.filter((id) => childOf(id, m.ids[0]!)).length === 1,
  )
  if (parent !== undefined) {
    context.add(parent)
    return mention.ids.find((id) => childOf(id, parent.ids[0]!))
  }
  const roots = (scope ?? []).flatMap((id) => lexicon.unitById.get(id)?.path ?? [])
  const inScope = mention.ids.filter((id) => {
    const path = lexicon.unitById.get(id)?.path
    return path !== undefined && roots.some((root) => path.startsWith(root))
  })
  return inScope.length === 1 ? inScope[0] : undefined
}

/**
 * The head and deputy posts of a unit are levels 1–2 for the ministry, 3–4 for a top-level
 * unit and 5–6 for a division. A title fits a unit when one of its levels is the unit's.
 */
function postOfUnit(
  tag: TagOf<'post'>,
  unit: LexiconUnit,
  lexicon: Lexicon,
  sharesKindWord: boolean,
): PostFilter | undefined {
  const head = unit.depth * 2 + 1
  const own = [head, head + 1]
  // "lãnh đạo Cục X" is every leader in the Cục's subtree, not only the Cục's own.
  if (tag.post.titles === undefined && tag.post.levels === undefined) return undefined
  // "Giám đốc Trung tâm" + "Trung tâm Internet Việt Nam": the kind word is the unit's own, so
  // the title says head or deputy of it whatever level the title has elsewhere.
  if (sharesKindWord && tag.role !== undefined)
    return { unitIds: [unit.id], levels: [tag.role === 'head' ? head : head + 1] }
  const titleLevels = (tag.post.titles ?? []).flatMap(
    (title) => lexicon.posts.find((p) => p.title === title)?.levels ?? [],
  )
  const named = tag.post.titles !== undefined ? titleLevels : (tag.post.levels ?? own)
  let levels = own.filter((level) => named.includes(level))
  if (tag.role === 'head') levels = levels.filter((level) => level === head)
  if (tag.role === 'deputy') levels = levels.filter((level) => level === head + 1)
  return levels.length === 0 ? undefined : { unitIds: [unit.id], levels }
}
