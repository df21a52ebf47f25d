import type { AliasableExpression } from 'kysely'
import type { GroupKey } from '../understand/plan.js'
import type { ColumnKey } from './column-labels.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { ageExpression } from './person-expressions.js'

export interface GroupColumn {
  readonly label: ColumnKey
  readonly expression: (eb: PeopleExpressions) => AliasableExpression<unknown>
  /** Whether rows read best in the order of the key (years, bands) rather than by count. */
  readonly ordered: boolean
}

type Column =
  | 'p.sex'
  | 'p.status'
  | 'p.staff_category'
  | 'p.highest_degree'
  | 'p.academic_title'
  | 'p.political_theory'
  | 'p.state_management'
  | 'p.rank_name'
  | 'p.post_title'
  | 'p.birth_year'
  | 'p.home_town'
  | 'p.salary_step'
  | 'p.field_of_study'

/** Keys that are a column as stored: codes ('female', 'thac_si'), or names for ranks and posts. */
const COLUMNS: Partial<Record<GroupKey, [Column, ColumnKey, boolean]>> = {
  sex: ['p.sex', 'sex', false],
  status: ['p.status', 'status', false],
  staff_category: ['p.staff_category', 'staff_category', false],
  degree: ['p.highest_degree', 'degree', false],
  academic_title: ['p.academic_title', 'academic_title', false],
  political_theory: ['p.political_theory', 'political_theory', false],
  state_management: ['p.state_management', 'state_management', false],
  rank: ['p.rank_name', 'rank', false],
  post_title: ['p.post_title', 'post', false],
  birth_year: ['p.birth_year', 'birth_year', true],
  home_town: ['p.home_town', 'home_town', false],
  salary_step: ['p.salary_step', 'salary_step', true],
  field_of_study: ['p.field_of_study', 'field_of_study', false],
}

type DateColumn = 'p.retirement_date' | 'p.post_term_end' | 'p.status_date'

/** Keys that are a part of a date: the year or quarter of retiring, of a term's end, of leaving. */
const DATE_PARTS: Partial<Record<GroupKey, ['year' | 'quarter', DateColumn, ColumnKey]>> = {
  retirement_year: ['year', 'p.retirement_date', 'retirement_year'],
  term_end_year: ['year', 'p.post_term_end', 'term_end_year'],
  retirement_quarter: ['quarter', 'p.retirement_date', 'retirement_quarter'],
  term_end_quarter: ['quarter', 'p.post_term_end', 'term_end_quarter'],
  status_year: ['year', 'p.status_date', 'year'],
}

/**
 * The expression of a breakdown key on people (units and evaluation levels need a join and are
 * compiled with it). Age bands are ten years wide, named by their lower bound (20, 30…).
 */
export function groupColumn(key: GroupKey, ctx: CompileContext): GroupColumn {
  const column = COLUMNS[key]
  if (column !== undefined) {
    const [ref, label, ordered] = column
    return { label, ordered, expression: (eb) => eb.ref(ref) }
  }
  if (key === 'age_band')
    return {
      label: 'age_band',
      ordered: true,
      expression: (eb) => eb(eb(ageExpression(eb, ctx.now), '/', 10), '*', 10),
    }
  const dated = DATE_PARTS[key]
  if (dated !== undefined) {
    const [part, ref, label] = dated
    return {
      label,
      ordered: true,
      expression: (eb) => eb.cast(eb.fn('date_part', [eb.val(part), eb.ref(ref)]), 'integer'),
    }
  }
  if (key === 'birth_decade')
    return {
      label: key,
      ordered: true,
      expression: (eb) => eb(eb(eb.ref('p.birth_year'), '/', 10), '*', 10),
    }
  throw new RangeError(`The breakdown ${key} needs a join`)
}
