import type { PersonFilter } from '../understand/plan.js'
import type { Condition } from './compile-person-filters.js'
import { dayValue } from './sql-literal.js'

/**
 * Filters on sensitive personal data (Party membership, ethnicity, religion, discipline), each a
 * sub-query on a sensitive view: the query then reads that view, so the guard and the database
 * refuse it to readers without the sensitive tier.
 */
export function sensitiveConditions(filter: PersonFilter): Condition[] {
  const out: Condition[] = []
  const { partyMember, ethnicity, religion, disciplined } = filter
  if (partyMember !== undefined)
    out.push((eb) => {
      const members = eb
        .selectFrom('chat.people_private as pp')
        .select('pp.person_id')
        .whereRef('pp.person_id', '=', 'p.id')
        .where('pp.is_party_member', '=', true)
      return partyMember ? eb.exists(members) : eb.not(eb.exists(members))
    })
  if (ethnicity !== undefined)
    out.push((eb) =>
      eb.exists(
        eb
          .selectFrom('chat.people_private as pp')
          .select('pp.person_id')
          .whereRef('pp.person_id', '=', 'p.id')
          .where('pp.ethnicity', ethnicity.op === 'eq' ? '=' : '<>', ethnicity.value),
      ),
    )
  if (religion !== undefined)
    out.push((eb) =>
      eb.exists(
        eb
          .selectFrom('chat.people_private as pp')
          .select('pp.person_id')
          .whereRef('pp.person_id', '=', 'p.id')
          .where('pp.religion', religion.op === 'eq' ? '=' : '<>', religion.value),
      ),
    )
  if (disciplined !== undefined)
    out.push((eb) => {
      let query = eb
        .selectFrom('chat.disciplines as d')
        .select('d.person_id')
        .whereRef('d.person_id', '=', 'p.id')
      if (disciplined.from !== undefined)
        query = query.where('d.decided_on', '>=', dayValue(disciplined.from))
      if (disciplined.to !== undefined)
        query = query.where('d.decided_on', '<=', dayValue(disciplined.to))
      return eb.exists(query)
    })
  return out
}

export function isSensitiveFilter(filter: PersonFilter): boolean {
  return (
    filter.partyMember !== undefined ||
    filter.ethnicity !== undefined ||
    filter.religion !== undefined ||
    filter.disciplined !== undefined
  )
}
