import { type Kysely, sql } from 'kysely'

/**
 * The statutory retirement rule of Decree 135/2020/NĐ-CP as SQL, so that chat questions and
 * forecasts share one definition with the TypeScript rule (tested equal month by month).
 *
 * Art. 4: the age is the roadmap age of the calendar year in which the person reaches it — men
 * 60y3m in 2021, +3 months a year, 62 from 2028; women 55y4m in 2021, +4 months a year, 60 from
 * 2035; before 2021 the Labour Code 2012 ages, 60 and 55. When a person reaches one year's age in
 * that year and the next year's age in the next, the first is the one that counts.
 * Art. 3: retirement is the last day of the month in which that age is reached; only a birth year
 * known → born 1 January.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `create function public.hr_roadmap_age_months(sex text, year integer) returns integer
       language sql immutable strict parallel safe as $$
       select case sex
         when 'male' then case when year < 2021 then 720 when year >= 2028 then 744
                               else 723 + 3 * (year - 2021) end
         when 'female' then case when year < 2021 then 660 when year >= 2035 then 720
                                 else 664 + 4 * (year - 2021) end
       end $$`,
    `create function public.hr_retirement_age_months(sex text, birth_year integer, birth_month integer)
       returns integer language sql immutable strict parallel safe as $$
       select public.hr_roadmap_age_months(sex, y)
       from generate_series(birth_year + 54, birth_year + 64) as y
       where (birth_year * 12 + birth_month - 1 + public.hr_roadmap_age_months(sex, y)) / 12 = y
       order by y
       limit 1 $$`,
    `create function public.hr_birth_month(birth_date date, birth_precision text) returns integer
       language sql immutable strict parallel safe as $$
       select case when birth_precision = 'year' then 1 else extract(month from birth_date)::integer end $$`,
    `create function public.hr_retirement_date(birth_date date, birth_precision text, sex text)
       returns date language sql immutable strict parallel safe as $$
       select (make_date(extract(year from birth_date)::integer, public.hr_birth_month(birth_date, birth_precision), 1)
               + make_interval(months => public.hr_retirement_age_months(sex,
                   extract(year from birth_date)::integer, public.hr_birth_month(birth_date, birth_precision)) + 1)
               - interval '1 day')::date $$`,
    `create function public.hr_age_years(birth_date date, at date) returns integer
       language sql immutable strict parallel safe as $$
       select extract(year from age(at, birth_date))::integer $$`,
  ]) {
    await sql.raw(statement).execute(db)
  }
}
