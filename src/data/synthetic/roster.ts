import type { UnitContext } from './context.js'
import { addMonths, addYears, type Day, dayFromCivil } from './dates.js'
import {
  extendedDeputyMinister,
  leaderDemography,
  retiredLeaderDemography,
} from './leader-demography.js'
import type { Slot, Tenure } from './person-types.js'
import type { PostNode } from './plan-types.js'
import { type Random, Stream, streamFor, weightedTable } from './prng.js'

/**
 * Who holds each leadership seat of a unit, now and before: for every seat a current holder
 * (about 93% of seats are filled) and usually the predecessor who left it — retired on the
 * statutory date, transferred out, back to specialist work at the end of a term, or removed.
 * A head is often a former deputy of the same unit. Seats never overlap in time, so a post never
 * has more holders at once than seats. Everyone else in the unit is ordinary staff.
 */
const EARLIEST_PREDECESSOR = dayFromCivil(2011, 6, 1)
const STAFF: Slot = { tenures: [], demography: null }

type FormerFate = 'retired' | 'transferred' | 'term_ended' | 'removed'
const FORMER_FATES = weightedTable<FormerFate>([
  ['retired', 55],
  ['transferred', 30],
  ['term_ended', 11],
  ['removed', 4],
])

export function planRoster(ctx: UnitContext): Slot[] {
  const { plan, unit } = ctx
  const random = streamFor(plan.seed, Stream.Roster, unit.index)
  const posts = plan.postsByUnit.get(unit.id) ?? []
  const head = posts.find((p) => p.isHead)
  const deputy = posts.find((p) => !p.isHead)
  const current: Slot[] = []
  const former: Slot[] = []
  let promotedHead: Tenure | null = null
  if (head !== undefined) {
    const chain = headChain(random, head, deputy, plan.asOf)
    if (chain.holder !== null) current.push(chain.holder)
    if (chain.predecessor !== null) former.push(chain.predecessor)
    promotedHead = chain.promotedFrom
  }
  for (let seat = 0; deputy !== undefined && seat < deputy.seats; seat++) {
    const takenUntil = seat === 0 && promotedHead !== null ? promotedHead.end : null
    const chain = deputyChain(random, deputy, seat, takenUntil, plan.asOf)
    if (chain.holder !== null) current.push(chain.holder)
    if (chain.predecessor !== null) former.push(chain.predecessor)
  }
  const slots = [...current, ...former].slice(0, unit.people)
  while (slots.length < unit.people) slots.push(STAFF)
  return slots
}

interface Chain {
  readonly holder: Slot | null
  readonly predecessor: Slot | null
  readonly promotedFrom: Tenure | null
}

function headChain(random: Random, head: PostNode, deputy: PostNode | undefined, asOf: Day): Chain {
  if (!random.chance(0.95))
    return { holder: null, predecessor: vacated(random, head, asOf), promotedFrom: null }
  const start = asOf - random.int(30, 3450)
  // Fitted to the head post: a promotion, like a first appointment, needs 5 years left.
  const demography = leaderDemography(random, head.level, start, asOf, 'working', null)
  const tenure: Tenure = { post: head, start, end: null, endReason: null }
  // Often the head was a deputy of the same unit first (appointed at 35 or older).
  const deputyStart = Math.max(start - random.int(700, 2450), addYears(demography.birth, 35))
  const earlier: Tenure | null =
    deputy !== undefined && random.chance(0.5) && start - deputyStart >= 365
      ? { post: deputy, start: deputyStart, end: start - 1, endReason: 'promoted' }
      : null
  const holder: Slot = { tenures: earlier === null ? [tenure] : [earlier, tenure], demography }
  const predecessorEnd = start - random.int(15, 120)
  return {
    holder,
    predecessor: predecessorOf(random, head, predecessorEnd, asOf),
    promotedFrom: earlier,
  }
}

function deputyChain(
  random: Random,
  deputy: PostNode,
  seat: number,
  takenUntil: Day | null,
  asOf: Day,
): Chain {
  if (!random.chance(0.92)) {
    const predecessor = takenUntil === null ? vacated(random, deputy, asOf) : null
    return { holder: null, predecessor, promotedFrom: null }
  }
  const extended = deputy.level === 2 && seat === 1
  const earliest = takenUntil === null ? asOf - 3450 : takenUntil + 15
  const latest = asOf - 30
  const start = extended
    ? asOf - random.int(1950, 3300)
    : earliest >= latest
      ? latest
      : random.int(earliest, latest)
  const tenure: Tenure = { post: deputy, start, end: null, endReason: null }
  const demography =
    (extended ? extendedDeputyMinister(random, start, asOf) : null) ??
    leaderDemography(random, deputy.level, start, asOf, 'working', null)
  const predecessor =
    takenUntil === null ? predecessorOf(random, deputy, start - random.int(15, 150), asOf) : null
  return { holder: { tenures: [tenure], demography }, predecessor, promotedFrom: null }
}

/** The person who left a seat that is empty today. */
function vacated(random: Random, post: PostNode, asOf: Day): Slot | null {
  return predecessorOf(random, post, asOf - random.int(30, 450), asOf)
}

function predecessorOf(random: Random, post: PostNode, endBy: Day, asOf: Day): Slot | null {
  if (endBy < EARLIEST_PREDECESSOR || !random.chance(0.85)) return null
  const fate =
    post.level <= 2 ? (random.chance(0.6) ? 'retired' : 'transferred') : FORMER_FATES.pick(random)
  switch (fate) {
    case 'retired': {
      const demography = retiredLeaderDemography(random, post.level, endBy)
      const end = demography.retirement
      const start = addMonths(end, -random.int(62, 140))
      return { tenures: [{ post, start, end, endReason: 'retired' }], demography }
    }
    case 'transferred': {
      const start = endBy - random.int(500, 3200)
      const demography = leaderDemography(
        random,
        post.level,
        start,
        endBy,
        'transferred_out',
        endBy,
      )
      return { tenures: [{ post, start, end: endBy, endReason: 'transferred' }], demography }
    }
    case 'term_ended': {
      const start = addYears(endBy, -5) + 1
      const demography = leaderDemography(random, post.level, start, asOf, 'working', null)
      return { tenures: [{ post, start, end: endBy, endReason: 'term_ended' }], demography }
    }
    case 'removed': {
      const start = endBy - random.int(400, 1700)
      const demography = leaderDemography(random, post.level, start, asOf, 'working', null)
      return { tenures: [{ post, start, end: endBy, endReason: 'removed' }], demography }
    }
  }
}
