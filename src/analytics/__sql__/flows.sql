select *
from (select 'in'::text as "direction", extract(year
from p.joined_ministry)::integer as "year", coalesce(p.join_reason, 'unknown') as "reason", count(*)::integer as "people"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
where "u"."path" like $1 and "p"."joined_ministry" >= $2 and "p"."joined_ministry" <= $3
group by 2, 3
union all select 'out'::text as "direction", extract(year
from p.status_date)::integer as "year", p.status as "reason", count(*)::integer as "people"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
where "u"."path" like $4 and "p"."status" <> $5 and "p"."status_date" >= $6 and "p"."status_date" <= $7
group by 2, 3) as "f"
order by "f"."year", "f"."direction", "f"."reason"
-- parameters: ["/1/22/%","2010-01-01","2026-12-31","/1/22/%","working","2010-01-01","2026-12-31"]
