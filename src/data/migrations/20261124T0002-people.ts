import { type Kysely, sql } from 'kysely'

/**
 * The e-dossier of each person (keyed by the 12-digit national ID, the e-dossier key of Decree
 * 27/2026/NĐ-CP) with the current values of the fields that change over time; the dated
 * histories that explain them live in the next migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('national_id', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`national_id ~ '^[0-9]{12}$'`),
    )
    .addColumn('full_name', 'text', (c) => c.notNull().check(sql`length(trim(full_name)) > 0`))
    // Lower-case, diacritic-free shadow of the name for matching "nguyen van an" to "Nguyễn Văn An".
    .addColumn('name_search', 'text', (c) =>
      c.generatedAlwaysAs(sql`public.hr_unaccent(lower(full_name))`).stored(),
    )
    .addColumn('birth_date', 'date', (c) => c.notNull())
    // How much of birth_date the dossier really knows; with 'year' only, the rules use 1 January.
    .addColumn('birth_precision', 'text', (c) =>
      c
        .notNull()
        .defaultTo('day')
        .check(sql`birth_precision in ('day', 'month', 'year')`),
    )
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('male', 'female')`))
    // Sensitive personal data (Law 91/2025/QH15): granted only to the sensitive reader role.
    .addColumn('ethnicity', 'text')
    .addColumn('religion', 'text')
    .addColumn('birth_place', 'text')
    .addColumn('home_town', 'text')
    .addColumn('residence', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('staff_category', 'text', (c) =>
      c
        .notNull()
        .check(sql`staff_category in ('can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong')`),
    )
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('working')
        .check(
          sql`status in ('working', 'retired', 'transferred_out', 'resigned', 'dismissed', 'deceased')`,
        ),
    )
    .addColumn('status_date', 'date')
    .addColumn('status_reason', 'text')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('job_position_id', 'integer', (c) => c.references('job_positions.id'))
    .addColumn('joined_state_service', 'date')
    .addColumn('joined_ministry', 'date')
    .addColumn('join_reason', 'text', (c) =>
      c.check(sql`join_reason in ('recruited', 'transferred_in', 'appointed', 'contracted')`),
    )
    // Current values, kept in step with rank_history / education / trainings.
    .addColumn('rank_code', 'text', (c) => c.references('ranks.code'))
    .addColumn('salary_step', 'integer')
    .addColumn('salary_coefficient', sql`numeric(5, 2)`)
    .addColumn('above_frame_percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('step_since', 'date')
    .addColumn('highest_degree', 'text', (c) =>
      c.check(
        sql`highest_degree in ('pho_thong', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si')`,
      ),
    )
    .addColumn('field_of_study', 'text')
    .addColumn('academic_title', 'text', (c) => c.check(sql`academic_title in ('pgs', 'gs')`))
    .addColumn('political_theory', 'text', (c) =>
      c.check(sql`political_theory in ('so_cap', 'trung_cap', 'cao_cap', 'cu_nhan')`),
    )
    .addColumn('state_management', 'text', (c) =>
      c.check(
        sql`state_management in ('can_su', 'chuyen_vien', 'chuyen_vien_chinh', 'chuyen_vien_cao_cap')`,
      ),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  for (const statement of [
    'create index people_unit_idx on people (unit_id, status)',
    'create index people_status_idx on people (status, status_date)',
    'create index people_birth_idx on people (birth_date)',
    'create index people_name_trgm_idx on people using gin (name_search gin_trgm_ops)',
  ]) {
    await sql.raw(statement).execute(db)
  }
}
