import type { DISCIPLINE_FORMS, UnitKind } from './plan.js'
import type {
  DateRange,
  EvaluationLevel,
  GroupKey,
  IntRange,
  NumericField,
  OrderField,
  PersonField,
  PersonFilter,
  PostFilter,
} from './plan.js'

/**
 * What a span of the question means. The tagger turns a question into spans of tags; the
 * planner reads the tags, never the words, so every word the plan relies on is accounted for.
 */
export type Tag =
  /** One unit, or several when the words name more than one (an ambiguity to resolve). */
  | { readonly kind: 'unit'; readonly unitIds: readonly number[] }
  | { readonly kind: 'ministry' }
  | { readonly kind: 'filter'; readonly filter: PersonFilter }
  | { readonly kind: 'evaluation'; readonly levels: readonly EvaluationLevel[] }
  | { readonly kind: 'post'; readonly post: PostFilter; readonly role?: 'head' | 'deputy' }
  | { readonly kind: 'rank'; readonly codes: readonly string[]; readonly grade: number }
  /** "trở lên" / "or above", "trở xuống" / "or below", "và tương đương" / "or equivalent". */
  | { readonly kind: 'modifier'; readonly modifier: 'at_least' | 'at_most' | 'equivalent' }
  | { readonly kind: 'measure'; readonly measure: MeasureWord; readonly unitKind?: UnitKind }
  /**
   * `bare`: a key named without "theo"/"by", a breakdown only after another one; `unitKind`:
   * units of one kind ("theo từng cục"), each with its subtree.
   */
  | {
      readonly kind: 'group'
      readonly by: GroupWord
      readonly bare?: boolean
      readonly unitKind?: UnitKind
    }
  /** The asker's own unit: "Cục" alone, "cục mình", "my agency", "our staff". */
  | { readonly kind: 'home' }
  /** "còn … nữa", "remaining": from today on, not the whole period. */
  | { readonly kind: 'remaining' }
  /** "cả ba năm", "liên tục", "in each of": a condition that held in every year of a span. */
  | { readonly kind: 'every_year' }
  /** Discipline decisions and what is asked of them. */
  | {
      readonly kind: 'discipline'
      readonly facet: DisciplineFacet
      readonly forms?: readonly DisciplineForm[]
    }
  | { readonly kind: 'appointment'; readonly kinds?: readonly AppointmentKind[] }
  /** `sort`: an order of every row ("lớn tuổi nhất trước", "oldest first"), not the first. */
  | {
      readonly kind: 'order'
      readonly by: OrderField
      readonly dir: 'asc' | 'desc'
      readonly sort?: boolean
    }
  /** "Sắp xếp theo", "sort by": the fact named next orders the rows. */
  | { readonly kind: 'sort_by' }
  /**
   * "trung cấp", "cao cấp" said alone: a level of political theory, read only against a
   * previous question about that ("… LLCT cao cấp?" then "Còn trung cấp?").
   */
  | {
      readonly kind: 'level'
      readonly politicalTheory: NonNullable<PersonFilter['politicalTheory']>
    }
  /**
   * `split`: a closing "nhất" whose direction comes from an earlier "nhiều", "ít"…; `sort`: a
   * sort order only ("từ cao xuống thấp", "highest first"), which ranks without cutting.
   */
  | {
      readonly kind: 'extreme'
      readonly dir: 'asc' | 'desc'
      readonly split?: boolean
      readonly sort?: boolean
    }
  | { readonly kind: 'period'; readonly period: Period }
  /** "năm sau đó", "the year before": a year counted from the one the last question named. */
  | { readonly kind: 'year_shift'; readonly by: 1 | -1 }
  /** `turning`: the age reached within a year named ("năm 2027 tròn 60 tuổi"). */
  | { readonly kind: 'age'; readonly range: IntRange; readonly turning?: boolean }
  | { readonly kind: 'birth_year'; readonly range: IntRange }
  | { readonly kind: 'topic'; readonly topic: Topic }
  | { readonly kind: 'field'; readonly field: PersonField; readonly numeric?: NumericField }
  | { readonly kind: 'route'; readonly route: Route }
  | {
      readonly kind: 'followup'
      readonly followup: 'refine' | 'replace' | 'them' | 'maybe' | 'person'
    }
  | { readonly kind: 'noun' }
  | { readonly kind: 'self' }
  | { readonly kind: 'honorific' }
  | { readonly kind: 'compare' }
  | { readonly kind: 'negation' }
  | { readonly kind: 'conjunction' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'filler' }
  /** "phân bố", "cơ cấu", "breakdown": a breakdown follows, named by a bare key. */
  | { readonly kind: 'group_intro' }
  /** A phrase that means several things at once ("which division heads": a list, a post). */
  | { readonly kind: 'compound'; readonly tags: readonly Tag[] }
  /** `sex`: what the honorific before the name says ("ông" a man, "bà" a woman). */
  | { readonly kind: 'person'; readonly name: string; readonly sex?: 'male' | 'female' }

export type DisciplineFacet =
  'any' | 'decisions' | 'in_effect' | 'form' | 'decided_on' | 'effective_until'
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number]
export type AppointmentKind = 'first' | 'reappointment' | 'extension' | 'acting'

/** `which_kind`: "vụ nào", "phòng nào" — which unit of one kind (the tag's `unitKind`). */
/** `value`: "what is …" — with a superlative, the extreme value itself, not who has it. */
export type MeasureWord = 'count' | 'list' | 'avg' | 'share' | 'which' | 'which_kind' | 'value'
export type { UnitKind }
export type GroupWord =
  GroupKey | 'unit' | 'year' | 'quarter' | 'reason' | 'direction' | 'evaluation_level'
export type Topic =
  | 'retirement'
  /** "sắp nghỉ hưu": retirement in a default window when no span is named. */
  | 'retirement_soon'
  | 'term_end'
  | 'evaluation'
  | 'joined'
  | 'recruited'
  | 'transferred_in'
  | 'left'
  | 'movement'
  | 'quota'
export type Route = 'regulation' | 'forecast_staffing' | 'forecast_candidates' | 'help' | 'greeting'

/** A time span named in the question, both as days and as calendar years. */
export interface Period {
  readonly range: DateRange
  readonly years: IntRange
  /** 'ahead': "trong 5 năm tới" counts from today; 'point': a named year, quarter or month. */
  readonly shape: 'point' | 'span' | 'ahead' | 'past' | 'before' | 'after'
}

export type TagKind = Tag['kind']
export type TagOf<K extends TagKind> = Extract<Tag, { kind: K }>

/** A tagged span of tokens [start, end). */
export interface Span {
  readonly start: number
  readonly end: number
  readonly tags: readonly Tag[]
  /** Every tag is meant at once (a compound phrase), not one of several readings. */
  readonly compound?: boolean
}
