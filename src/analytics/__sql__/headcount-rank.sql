select coalesce(p.rank_code, '') as "key", coalesce(r.name, $1) as "label", count(*)::integer as "headcount", (count(*) filter (where p.sex = 'female'))::integer as "female"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
left join "ranks" as "r" on "r"."code" = "p"."rank_code"
where "u"."path" like $2 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $3) and ("p"."status" = $4 or "p"."status_date" > $5))
group by "p"."rank_code", "r"."name", "r"."grade"
order by r.grade nulls last, "p"."rank_code"
-- parameters: ["Chưa có, chưa cập nhật","/1/22/%","2026-11-24","working","2026-11-24"]
