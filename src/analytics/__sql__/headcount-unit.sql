with "w" as (select "p"."id", "p"."sex", coalesce(nullif(split_part(u.path, '/', $1), '')::integer, $2) as "group_id"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
where "u"."path" like $3 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $4) and ("p"."status" = $5 or "p"."status_date" > $6)))
select "g"."code" as "key", "g"."name" as "label", count(*)::integer as "headcount", (count(*) filter (where p.sex = 'female'))::integer as "female"
from "w" as "p"
inner join "units" as "g" on "g"."id" = "p"."group_id"
group by "g"."code", "g"."name", "g"."sort_order", "g"."id"
order by "g"."sort_order", "g"."id"
-- parameters: [4,22,"/1/22/%","2026-11-24","working","2026-11-24"]
