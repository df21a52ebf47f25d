with "occ" as (select "a"."post_id", count(*)::integer as "filled"
from "appointments" as "a"
inner join "people" as "p" on "p"."id" = "a"."person_id"
where ("a"."start_date" <= $1 and ("a"."end_date" is null or "a"."end_date" > $2) and ("p"."status" = $3 or "p"."status_date" > $4))
group by "a"."post_id")
select "lp"."id" as "post_id", "lp"."title", "lp"."level", "lp"."seats", coalesce(occ.filled, 0)::integer as "filled", "u"."code" as "unit_code", "u"."name" as "unit_name"
from "leadership_posts" as "lp"
inner join "units" as "u" on "u"."id" = "lp"."unit_id"
left join "occ" on "occ"."post_id" = "lp"."id"
where "u"."path" like $5 and "u"."valid_to" is null and coalesce(occ.filled, 0) < lp.seats
order by "lp"."level", "u"."path"
-- parameters: ["2026-11-24","2026-11-24","working","2026-11-24","/1/22/%"]
