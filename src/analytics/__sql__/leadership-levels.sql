with "occ" as (select "a"."post_id", count(*)::integer as "filled", (count(*) filter (where a.kind = 'acting'))::integer as "acting", (count(*) filter (where p.sex = 'female'))::integer as "women", (count(*) filter (where public.hr_age_years(p.birth_date, $1::date) < $2))::integer as "young", sum(public.hr_age_years(p.birth_date, $3::date))::integer as "age_sum", min(public.hr_age_years(p.birth_date, $4::date)) as "youngest", max(public.hr_age_years(p.birth_date, $5::date)) as "oldest", (count(*) filter (where a.term_end <= ($6::date + make_interval(months => $7))::date))::integer as "terms_ending", (count(*) filter (where public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) <= ($8::date + make_interval(months => $9))::date))::integer as "retiring"
from "appointments" as "a"
inner join "people" as "p" on "p"."id" = "a"."person_id"
where ("a"."start_date" <= $10 and ("a"."end_date" is null or "a"."end_date" > $11) and ("p"."status" = $12 or "p"."status_date" > $13))
group by "a"."post_id")
select "lp"."level", count(*)::integer as "posts", sum(lp.seats)::integer as "seats", coalesce(sum(occ.filled), 0)::integer as "filled", sum(greatest(lp.seats - coalesce(occ.filled, 0), 0))::integer as "vacant", coalesce(sum("occ"."acting"), 0)::integer as "acting", coalesce(sum("occ"."women"), 0)::integer as "women", coalesce(sum("occ"."young"), 0)::integer as "young", coalesce(sum("occ"."age_sum"), 0)::integer as "age_sum", coalesce(sum("occ"."terms_ending"), 0)::integer as "terms_ending", coalesce(sum("occ"."retiring"), 0)::integer as "retiring", min(occ.youngest) as "youngest", max(occ.oldest) as "oldest"
from "leadership_posts" as "lp"
inner join "units" as "u" on "u"."id" = "lp"."unit_id"
left join "occ" on "occ"."post_id" = "lp"."id"
where "u"."path" like $14 and "u"."valid_to" is null
group by rollup(lp.level)
order by lp.level nulls last
-- parameters: ["2026-11-24",45,"2026-11-24","2026-11-24","2026-11-24","2026-11-24",12,"2026-11-24",12,"2026-11-24","2026-11-24","working","2026-11-24","/1/22/%"]
