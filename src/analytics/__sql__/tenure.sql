with "w" as (select public.hr_age_years("p"."joined_ministry", $1::date) as "ministry", public.hr_age_years("p"."joined_state_service", $2::date) as "state_service"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
where "u"."path" like $3 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $4) and ("p"."status" = $5 or "p"."status_date" > $6)))
select $7::text as "measure", least("w"."ministry" / 5 * 5, $8) as "band", count(*)::integer as "people", coalesce(sum("w"."ministry"), 0)::integer as "years_sum"
from "w"
group by 2
union all select $9::text as "measure", least("w"."state_service" / 5 * 5, $10) as "band", count(*)::integer as "people", coalesce(sum("w"."state_service"), 0)::integer as "years_sum"
from "w"
group by 2
-- parameters: ["2026-11-24","2026-11-24","/1/22/%","2026-11-24","working","2026-11-24","ministry",30,"stateService",30]
