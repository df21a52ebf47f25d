with "w" as (select "p"."sex", public.hr_age_years(p.birth_date, $1::date) as "age"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
where "u"."path" like $2 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $3) and ("p"."status" = $4 or "p"."status_date" > $5)))
select least(greatest(w.age / 5 * 5, $6), $7) as "band", (count(*) filter (where w.sex = 'male'))::integer as "male", (count(*) filter (where w.sex = 'female'))::integer as "female", sum(w.age)::integer as "age_sum"
from "w"
group by 1
order by 1
-- parameters: ["2026-11-24","/1/22/%","2026-11-24","working","2026-11-24",20,65]
