import { statutoryRetirement } from '../retirement.js'
import type { findIncumbents, PostRow } from './candidates.repository.js'
import { addMonths } from './dates.js'

type Incumbent = Awaited<ReturnType<typeof findIncumbents>>[number]

/**
 * Whether the post is vacant on `asOf` or will be within the horizon: seats against the
 * appointments running then, and each holder's leaving date — the end of the 5-year term
 * (Decree 138/2020 Art. 41; a reappointment may follow) or statutory retirement (Decree
 * 135/2020), whichever comes first.
 */
export function describeVacancy(
  post: PostRow,
  incumbents: readonly Incumbent[],
  asOf: string,
  horizonMonths: number,
) {
  const horizonEnd = addMonths(asOf, horizonMonths)
  const holders = incumbents.map((i) => {
    const retirementDate = statutoryRetirement(
      i.sex,
      i.birth_date,
      i.birth_precision,
    ).retirementDate
    const retires = retirementDate <= i.term_end
    return {
      personId: i.id,
      fullName: i.full_name,
      kind: i.kind,
      since: i.start_date,
      termEnd: i.term_end,
      retirementDate,
      leavesOn: retires ? retirementDate : i.term_end,
      leaveReason: retires ? ('retirement' as const) : ('term_end' as const),
    }
  })
  const vacantNow = Math.max(0, post.seats - holders.length)
  const opening = holders.filter((h) => h.leavesOn <= horizonEnd)
  return {
    seats: post.seats,
    filled: holders.length,
    vacantNow,
    horizonMonths,
    openingWithinHorizon: opening.length,
    status: vacantNow > 0 ? 'vacant' : opening.length > 0 ? 'will_be_vacant' : 'filled',
    incumbents: holders,
  }
}
