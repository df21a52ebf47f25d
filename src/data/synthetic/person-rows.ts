import { type RunState, takeId } from './context.js'
import { addMonths, addYears, type Day, isoDate } from './dates.js'
import type { PersonDraft, Tenure } from './person-types.js'
import type { Random } from './prng.js'
import type { Batch, Row } from './tables.js'

/**
 * Turns a finished person into rows of every person table, in the column order of tables.ts.
 * Appointments are cut into 5-year terms (Decree 138/2020 Art. 41, now Decree 170/2025 Art. 28):
 * a holding longer than a term becomes a first appointment and reappointments.
 */
const d = (day: Day | null): string | null => (day === null ? null : isoDate(day))

export function emitPerson(
  state: RunState,
  random: Random,
  person: PersonDraft,
  asOf: Day,
  batch: Batch,
): void {
  batch.people.push(peopleRow(person))
  emitSalary(state, random, person, batch)
  for (const tenure of person.tenures) emitTenure(state, random, person.id, tenure, asOf, batch)
  emitRatings(state, random, person, batch)
  emitBackground(state, person, batch)
}

function peopleRow(person: PersonDraft): Row {
  const { demography: dem, identity: who, current } = person
  return [
    person.id,
    who.nationalId,
    who.fullName,
    d(dem.birth),
    dem.birthPrecision,
    dem.sex,
    who.ethnicity,
    who.religion,
    who.birthPlace,
    who.homeTown,
    who.residence,
    who.phone,
    who.email,
    person.category,
    dem.status,
    d(dem.exit),
    person.statusReason,
    person.unitId,
    d(person.joinedState),
    d(person.joinedMinistry),
    person.joinReason,
    current.rankCode,
    current.step,
    current.coefficient,
    current.aboveFrame,
    d(current.from),
    person.highestDegree,
    person.field,
    person.academicTitle?.title ?? null,
    person.politicalTheory,
    person.stateManagement,
    person.version,
    person.createdAt,
    person.updatedAt,
  ]
}

/** Rank history rows: each valid until the day before the next, the last until exit (or open). */
function emitSalary(state: RunState, random: Random, person: PersonDraft, batch: Batch): void {
  person.rank.forEach((r, i) => {
    const next = person.rank[i + 1]
    const to = next !== undefined ? d(next.from - 1) : d(person.demography.exit)
    const decision = `${random.int(10, 2999)}/QĐ-BKHCN`
    batch.rank_history.push([
      takeId(state, 'rank_history'),
      person.id,
      r.rankCode,
      r.step,
      r.coefficient,
      r.aboveFrame,
      d(r.from),
      to,
      r.reason,
      decision,
    ])
  })
}

function emitRatings(state: RunState, random: Random, person: PersonDraft, batch: Batch): void {
  const id = person.id
  for (const e of person.evaluations)
    batch.evaluations.push([takeId(state, 'evaluations'), id, e.year, e.level, e.score])
  for (const x of person.disciplines) {
    const until = d(addMonths(x.decided, 12))
    batch.disciplines.push([
      takeId(state, 'disciplines'),
      id,
      x.form,
      x.authority,
      d(x.decided),
      until,
      x.reason,
      `${random.int(10, 999)}/QĐ-KL`,
    ])
  }
  for (const a of person.awards) {
    const decision = `${random.int(100, 4999)}/QĐ-BKHCN`
    batch.awards.push([takeId(state, 'awards'), id, a.year, a.kind, d(a.decided), decision])
  }
}

function emitBackground(state: RunState, person: PersonDraft, batch: Batch): void {
  const id = person.id
  for (const e of person.education) {
    const row = [e.level, e.field, e.institution, e.country, e.year]
    batch.education.push([takeId(state, 'education'), id, ...row])
  }
  const title = person.academicTitle
  if (title !== null)
    batch.academic_titles.push([takeId(state, 'academic_titles'), id, title.title, title.year])
  for (const t of person.trainings) {
    const row = [t.kind, t.level, t.institution, d(t.completed)]
    batch.trainings.push([takeId(state, 'trainings'), id, ...row])
  }
  for (const w of person.work) {
    const row = [w.unitId, w.organization, w.position, d(w.start), d(w.end)]
    batch.work_history.push([takeId(state, 'work_history'), id, ...row])
  }
  const party = person.party
  if (party !== null) batch.party_membership.push([id, d(party.joined), d(party.official)])
  for (const h of person.health)
    batch.health.push([takeId(state, 'health'), id, d(h.checked), h.status, h.notes])
}

function emitTenure(
  state: RunState,
  random: Random,
  personId: number,
  tenure: Tenure,
  asOf: Day,
  batch: Batch,
): void {
  const issuer = tenure.post.level <= 2 ? 'QĐ-TTg' : 'QĐ-BKHCN'
  // A holding still running today was renewed at every term end before asOf.
  const horizon = tenure.end ?? asOf
  for (let start = tenure.start, term = 0; ; term++) {
    const termEnd = addYears(start, 5) - 1
    const last = horizon <= termEnd
    batch.appointments.push([
      takeId(state, 'appointments'),
      personId,
      tenure.post.id,
      term === 0 ? 'first' : 'reappointment',
      d(start),
      d(termEnd),
      last ? d(tenure.end) : d(termEnd),
      last ? tenure.endReason : 'reappointed',
      `${random.int(10, 2999)}/${issuer}`,
    ])
    if (last) return
    start = termEnd + 1
  }
}
