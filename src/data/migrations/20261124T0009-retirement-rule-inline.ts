import { type Kysely, sql } from 'kysely'

/**
 * The same retirement rule as migration 0005, written so that PostgreSQL inlines it into the
 * query instead of calling a function per person (~100 µs a call: minutes over two million).
 * Two things prevented inlining: the candidate years were searched with generate_series, and the
 * functions were STRICT while their bodies use CASE (PostgreSQL inlines a strict function only if
 * its body is strict too).
 *
 * Closed form of Decree 135/2020 Art. 4: the roadmap adds 3 months a year for men and 4 for women
 * while a year passes, so those reaching retirement age in one calendar year form cohorts of
 * 9 birth months (men, from 01/1961) and 8 (women, from 01/1966): cohort c retires at 60y3m + 3c
 * (men, 7 cohorts, then 62) or 55y4m + 4c (women, 14 cohorts, then 60); those born before the
 * first cohort reached the 2012 ages (60, 55) before 2021. The test against the TypeScript rule,
 * which searches the years one by one, covers every birth month 1955–2000 for both sexes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `create or replace function public.hr_roadmap_age_months(sex text, year integer) returns integer
       language sql immutable called on null input parallel safe as $$
       select case sex
         when 'male' then case when year < 2021 then 720 when year >= 2028 then 744
                               else 723 + 3 * (year - 2021) end
         when 'female' then case when year < 2021 then 660 when year >= 2035 then 720
                                 else 664 + 4 * (year - 2021) end
       end $$`,
    `create or replace function public.hr_retirement_age_months(sex text, birth_year integer, birth_month integer)
       returns integer language sql immutable called on null input parallel safe as $$
       select case sex
         when 'male' then case
           when birth_year * 12 + birth_month - 1 < 1961 * 12 then 720
           when (birth_year * 12 + birth_month - 1 - 1961 * 12) / 9 >= 7 then 744
           else 723 + 3 * ((birth_year * 12 + birth_month - 1 - 1961 * 12) / 9) end
         when 'female' then case
           when birth_year * 12 + birth_month - 1 < 1966 * 12 then 660
           when (birth_year * 12 + birth_month - 1 - 1966 * 12) / 8 >= 14 then 720
           else 664 + 4 * ((birth_year * 12 + birth_month - 1 - 1966 * 12) / 8) end
       end $$`,
    `create or replace function public.hr_birth_month(birth_date date, birth_precision text) returns integer
       language sql immutable called on null input parallel safe as $$
       select case when birth_precision = 'year' then 1 else extract(month from birth_date)::integer end $$`,
    `create or replace function public.hr_retirement_date(birth_date date, birth_precision text, sex text)
       returns date language sql immutable called on null input parallel safe as $$
       select (make_date(extract(year from birth_date)::integer, public.hr_birth_month(birth_date, birth_precision), 1)
               + make_interval(months => public.hr_retirement_age_months(sex,
                   extract(year from birth_date)::integer, public.hr_birth_month(birth_date, birth_precision)) + 1)
               - interval '1 day')::date $$`,
  ]) {
    await sql.raw(statement).execute(db)
  }
}
