select "p"."staff_category" as "key", "p"."staff_category" as "label", count(*)::integer as "headcount", (count(*) filter (where p.sex = 'female'))::integer as "female"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
where "u"."path" like $1 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $2) and ("p"."status" = $3 or "p"."status_date" > $4))
group by "p"."staff_category"
order by "p"."staff_category"
-- parameters: ["/1/22/%","2026-11-24","working","2026-11-24"]
