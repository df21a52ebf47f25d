select "a"."person_id", "p"."full_name", "lp"."id" as "post_id", "lp"."title", "lp"."level", "u"."code" as "unit_code", "u"."name" as "unit_name", "a"."kind", "a"."term_end", public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) as "retirement_date"
from "appointments" as "a"
inner join "people" as "p" on "p"."id" = "a"."person_id"
inner join "leadership_posts" as "lp" on "lp"."id" = "a"."post_id"
inner join "units" as "u" on "u"."id" = "lp"."unit_id"
where ("a"."start_date" <= $1 and ("a"."end_date" is null or "a"."end_date" > $2) and ("p"."status" = $3 or "p"."status_date" > $4)) and "u"."path" like $5 and ("a"."term_end" <= ($6::date + make_interval(months => $7))::date or public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) <= ($8::date + make_interval(months => $9))::date)
order by least(a.term_end, public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex)), "a"."person_id"
-- parameters: ["2026-11-24","2026-11-24","working","2026-11-24","/1/22/%","2026-11-24",12,"2026-11-24",12]
