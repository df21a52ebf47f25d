with "c" as materialized (select "p"."id" as "person_id", "p"."unit_id", array_remove(array[case when nullif(btrim("p"."phone"), '') is null then $1 end, case when nullif(btrim("p"."email"), '') is null then $2 end, case when nullif(btrim("p"."birth_place"), '') is null then $3 end, case when nullif(btrim("p"."home_town"), '') is null then $4 end, case when nullif(btrim("p"."residence"), '') is null then $5 end, case when "q"."ethnicity_missing" then $6 end, case when "q"."religion_missing" then $7 end, case when "p"."joined_state_service" is null then $8 end, case when "p"."joined_ministry" is null then $9 end, case when "p"."highest_degree" is null then $10 end, case when "p"."rank_code" is null then $11 end, case when "p"."salary_step" is null then $12 end, case when "p"."salary_coefficient" is null then $13 end]::text[], null) as "missing_fields", array_remove(array[case when q.national_id_fault is not null then 'national_id' end, case when p.phone !~ $14 then 'phone' end, case when p.email !~ $15 then 'email' end, case when rh.person_id is not null
          and "rh"."rank_code" is distinct
from "p"."rank_code"
          then $16 end, case when rh.person_id is not null
          and "rh"."salary_step" is distinct
from "p"."salary_step"
          then $17 end, case when rh.person_id is not null
          and "rh"."coefficient" is distinct
from "p"."salary_coefficient"
          then $18 end, case when rh.person_id is not null
          and "rh"."above_frame_percent" is distinct
from "p"."above_frame_percent"
          then $19 end, case when rd.retirement_date < $20::date and not (
      (p.sex = 'female' and exists (
     
select 1
from appointments a join leadership_posts lp on lp.id = a.post_id
     
where a.person_id = p.id and lp.level = 2 and a.start_date <= $21
        and (a.end_date is null or a.end_date > $22))
        and public.hr_age_years(p.birth_date, $23::date) < 60)
      or (p.staff_category = 'vien_chuc'
        and (p.highest_degree = 'tien_si' or p.academic_title is not null)
        and not exists (
     
select 1
from appointments a join leadership_posts lp on lp.id = a.post_id
     
where a.person_id = p.id and true and a.start_date <= $24
        and (a.end_date is null or a.end_date > $25))
        and $26::date <= (rd.retirement_date + interval '60 months')::date)
    ) then 'status' end]::text[], null) as "invalid_fields", (extract(year
from age($27::date, p.updated_at::date)) * 12
    + extract(month
from age($28::date, p.updated_at::date)))::integer as "months_since_update", (select count(*)
from update_requests r
       
where r.person_id = p.id and r.status = 'pending')::integer as "pending_requests", "q"."national_id_fault", "rd"."retirement_date", "rh"."rank_code" as "history_rank_code", "rh"."salary_step" as "history_salary_step", "rh"."coefficient" as "history_coefficient", "rh"."above_frame_percent" as "history_above_frame_percent"
from "people" as "p"
inner join "units" as "u" on "u"."id" = "p"."unit_id"
inner join public.hr_person_checks as "q" on "q"."person_id" = "p"."id"
left join lateral (select "h"."person_id", "h"."rank_code", "h"."salary_step", "h"."coefficient", "h"."above_frame_percent"
from "rank_history" as "h"
where "h"."person_id" = "p"."id"
order by "h"."valid_from" desc, "h"."id" desc
limit $29) as "rh" on true
left join lateral (select case when p.birth_date <= ($30::date - interval '55 years')::date
              then public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) end as "retirement_date") as "rd" on true
where "u"."path" like $31 and (("p"."joined_ministry" is null or "p"."joined_ministry" <= $32) and ("p"."status" = $33 or "p"."status_date" > $34)))
select "u"."id", "u"."code", "u"."name", count(*)::integer as "people", (count(*) filter (where cardinality(c.missing_fields) = 0))::integer as "complete", (count(*) filter (where cardinality(c.invalid_fields) = 0))::integer as "valid", (count(*) filter (where c.pending_requests = 0))::integer as "without_pending", avg(case when c.months_since_update >= $35 then $36::numeric when c.months_since_update >= $37 then $38::numeric when c.months_since_update >= $39 then $40::numeric when c.months_since_update >= $41 then $42::numeric else 1::numeric end) as "freshness", (count(*) filter (where c.months_since_update >= $43 and c.months_since_update < $44))::integer as "band_fresh", (count(*) filter (where c.months_since_update >= $45 and c.months_since_update < $46))::integer as "band_aging", (count(*) filter (where c.months_since_update >= $47 and c.months_since_update < $48))::integer as "band_stale", (count(*) filter (where c.months_since_update >= $49))::integer as "band_very_stale", (count(*) filter (where $50 = any(c.missing_fields)))::integer as "missing_phone", (count(*) filter (where $51 = any(c.missing_fields)))::integer as "missing_email", (count(*) filter (where $52 = any(c.missing_fields)))::integer as "missing_birth_place", (count(*) filter (where $53 = any(c.missing_fields)))::integer as "missing_home_town", (count(*) filter (where $54 = any(c.missing_fields)))::integer as "missing_residence", (count(*) filter (where $55 = any(c.missing_fields)))::integer as "missing_ethnicity", (count(*) filter (where $56 = any(c.missing_fields)))::integer as "missing_religion", (count(*) filter (where $57 = any(c.missing_fields)))::integer as "missing_joined_state_service", (count(*) filter (where $58 = any(c.missing_fields)))::integer as "missing_joined_ministry", (count(*) filter (where $59 = any(c.missing_fields)))::integer as "missing_highest_degree", (count(*) filter (where $60 = any(c.missing_fields)))::integer as "missing_rank_code", (count(*) filter (where $61 = any(c.missing_fields)))::integer as "missing_salary_step", (count(*) filter (where $62 = any(c.missing_fields)))::integer as "missing_salary_coefficient", (count(*) filter (where $63 = any(c.invalid_fields)))::integer as "invalid_national_id", (count(*) filter (where $64 = any(c.invalid_fields)))::integer as "invalid_phone", (count(*) filter (where $65 = any(c.invalid_fields)))::integer as "invalid_email", (count(*) filter (where $66 = any(c.invalid_fields)))::integer as "invalid_rank_code", (count(*) filter (where $67 = any(c.invalid_fields)))::integer as "invalid_salary_step", (count(*) filter (where $68 = any(c.invalid_fields)))::integer as "invalid_salary_coefficient", (count(*) filter (where $69 = any(c.invalid_fields)))::integer as "invalid_above_frame_percent", (count(*) filter (where $70 = any(c.invalid_fields)))::integer as "invalid_status", round(100 * (
          $71::numeric * (count(*) filter (where cardinality(c.missing_fields) = 0))::numeric
        + $72::numeric * (count(*) filter (where cardinality(c.invalid_fields) = 0))::numeric
        + $73::numeric * (count(*) filter (where c.pending_requests = 0))::numeric
        ) / count(*)
        + 100 * $74::numeric * avg(case when c.months_since_update >= $75 then $76::numeric when c.months_since_update >= $77 then $78::numeric when c.months_since_update >= $79 then $80::numeric when c.months_since_update >= $81 then $82::numeric else 1::numeric end), 1) as "score"
from "c"
inner join "units" as "u" on "u"."id" = "c"."unit_id"
group by "u"."id", "u"."code", "u"."name"
order by "score", "u"."code"
-- parameters: ["phone","email","birth_place","home_town","residence","ethnicity","religion","joined_state_service","joined_ministry","highest_degree","rank_code","salary_step","salary_coefficient","^0[0-9]{9,10}$","^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$","rank_code","salary_step","salary_coefficient","above_frame_percent","2026-11-24","2026-11-24","2026-11-24","2026-11-24","2026-11-24","2026-11-24","2026-11-24","2026-11-24","2026-11-24",1,"2026-11-24","/1/22/%","2026-11-24","working","2026-11-24",36,0,24,0.4,12,0.8,0,1,0,12,12,24,24,36,36,"phone","email","birth_place","home_town","residence","ethnicity","religion","joined_state_service","joined_ministry","highest_degree","rank_code","salary_step","salary_coefficient","national_id","phone","email","rank_code","salary_step","salary_coefficient","above_frame_percent","status",0.35,0.35,0.1,0.2,36,0,24,0.4,12,0.8,0,1]
