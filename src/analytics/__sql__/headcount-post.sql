select coalesce(cp.level || ':' || cp.title, '') as "key", coalesce(cp.title, 'Không giữ chức vụ lãnh đạo') as "label", count(*)::integer as "headcount", (count(*) filter (where p.sex = 'female'))::integer as "female"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
left join lateral (select "lp"."title", "lp"."level"
from "appointments" as "a"
inner join "leadership_posts" as "lp" on "lp"."id" = "a"."post_id"
where "a"."person_id" = "p"."id" and "a"."start_date" <= $1 and ("a"."end_date" is null or "a"."end_date" > $2)
order by "lp"."level"
limit $3) as "cp" on true
where "u"."path" like $4 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $5) and ("p"."status" = $6 or "p"."status_date" > $7))
group by "cp"."level", "cp"."title"
order by cp.level nulls last, "cp"."title"
-- parameters: ["2026-11-24","2026-11-24",1,"/1/22/%","2026-11-24","working","2026-11-24"]
