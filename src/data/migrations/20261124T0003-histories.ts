import { type CreateTableBuilder, type Kysely, sql } from 'kysely'

/**
 * Dated histories of each person, leadership posts with their seats, and headcount quotas
 * (biên chế). Party membership, health and disciplines are sensitive personal data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const personTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )

  await db.schema
    .createTable('leadership_posts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    // 1 minister, 2 deputy minister, 3 head of a unit, 4 its deputy, 5 head of a division, 6 deputy.
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 1 and 6`))
    .addColumn('is_head', 'boolean', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`seats between 1 and 10`),
    )
    .addColumn('allowance_coefficient', sql`numeric(4, 2)`)
    .addUniqueConstraint('leadership_posts_unit_title_key', ['unit_id', 'title'])
    .execute()

  await createWithPersonIndex(
    db,
    personTable('rank_history')
      .addColumn('rank_code', 'text', (c) => c.notNull().references('ranks.code'))
      .addColumn('salary_step', 'integer', (c) => c.notNull())
      .addColumn('coefficient', sql`numeric(5, 2)`, (c) => c.notNull())
      .addColumn('above_frame_percent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('valid_from', 'date', (c) => c.notNull())
      .addColumn('valid_to', 'date')
      .addColumn('reason', 'text', (c) =>
        c.check(
          sql`reason in ('initial', 'regular_step', 'early_step', 'promotion', 'transfer_rank', 'above_frame')`,
        ),
      )
      .addColumn('decision_number', 'text'),
  )
  await createWithPersonIndex(
    db,
    personTable('appointments')
      .addColumn('post_id', 'integer', (c) => c.notNull().references('leadership_posts.id'))
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('first', 'reappointment', 'extension', 'acting')`),
      )
      .addColumn('start_date', 'date', (c) => c.notNull())
      // The 5-year term of Decree 138/2020 Art. 41 (now Decree 170/2025 Art. 28).
      .addColumn('term_end', 'date', (c) => c.notNull())
      .addColumn('end_date', 'date')
      .addColumn('end_reason', 'text', (c) =>
        c.check(
          sql`end_reason in ('term_ended', 'reappointed', 'promoted', 'transferred', 'retired', 'dismissed', 'resigned', 'removed')`,
        ),
      )
      .addColumn('decision_number', 'text'),
  )
  await sql`create index appointments_post_idx on appointments (post_id) where end_date is null`.execute(
    db,
  )
  await createWithPersonIndex(
    db,
    personTable('planning_entries')
      .addColumn('post_id', 'integer', (c) => c.notNull().references('leadership_posts.id'))
      .addColumn('period_start', 'integer', (c) => c.notNull())
      .addColumn('period_end', 'integer', (c) => c.notNull())
      .addColumn('added_on', 'date', (c) => c.notNull())
      .addColumn('removed_on', 'date')
      .addColumn('removal_reason', 'text')
      .addColumn('decision_number', 'text'),
  )
  await createWithPersonIndex(
    db,
    personTable('evaluations')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('level', 'text', (c) =>
        c.notNull().check(sql`level in ('xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh')`),
      )
      // The 100-point score of Decree 335/2025/NĐ-CP, from the 2026 evaluations on.
      .addColumn('score', sql`numeric(5, 2)`)
      .addUniqueConstraint('evaluations_person_year_key', ['person_id', 'year']),
  )
  await createWithPersonIndex(
    db,
    personTable('disciplines')
      .addColumn('form', 'text', (c) =>
        c
          .notNull()
          .check(
            sql`form in ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec')`,
          ),
      )
      .addColumn('authority', 'text', (c) =>
        c
          .notNull()
          .defaultTo('administrative')
          .check(sql`authority in ('administrative', 'party')`),
      )
      .addColumn('decided_on', 'date', (c) => c.notNull())
      .addColumn('effective_until', 'date')
      .addColumn('reason', 'text')
      .addColumn('decision_number', 'text'),
  )
  await createWithPersonIndex(
    db,
    personTable('awards')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('decided_on', 'date')
      .addColumn('decision_number', 'text'),
  )
  await createWithPersonIndex(
    db,
    personTable('education')
      .addColumn('level', 'text', (c) =>
        c
          .notNull()
          .check(
            sql`level in ('pho_thong', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si')`,
          ),
      )
      .addColumn('field', 'text')
      .addColumn('institution', 'text')
      .addColumn('country', 'text')
      .addColumn('graduated_year', 'integer'),
  )
  await createWithPersonIndex(
    db,
    personTable('academic_titles')
      .addColumn('title', 'text', (c) => c.notNull().check(sql`title in ('pgs', 'gs')`))
      .addColumn('conferred_year', 'integer', (c) => c.notNull()),
  )
  await createWithPersonIndex(
    db,
    personTable('trainings')
      .addColumn('kind', 'text', (c) =>
        c
          .notNull()
          .check(
            sql`kind in ('political_theory', 'state_management', 'foreign_language', 'it', 'defence_security', 'other')`,
          ),
      )
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('institution', 'text')
      .addColumn('completed_on', 'date'),
  )
  await createWithPersonIndex(
    db,
    personTable('work_history')
      // null when the work was outside the ministry; `organization` then names the employer.
      .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
      .addColumn('organization', 'text')
      .addColumn('position', 'text')
      .addColumn('start_date', 'date', (c) => c.notNull())
      .addColumn('end_date', 'date'),
  )
  await sql`create index work_history_unit_idx on work_history (unit_id, start_date)`.execute(db)
  await db.schema
    .createTable('party_membership')
    .addColumn('person_id', 'integer', (c) =>
      c.primaryKey().references('people.id').onDelete('cascade'),
    )
    .addColumn('joined_on', 'date', (c) => c.notNull())
    .addColumn('official_on', 'date')
    .execute()
  await createWithPersonIndex(
    db,
    personTable('health')
      .addColumn('checked_on', 'date', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('tot', 'kha', 'trung_binh', 'yeu')`),
      )
      .addColumn('notes', 'text'),
  )

  await db.schema
    .createTable('headcount_quotas')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('staff_category', 'text', (c) =>
      c
        .notNull()
        .check(sql`staff_category in ('can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong')`),
    )
    .addColumn('quota', 'integer', (c) => c.notNull().check(sql`quota >= 0`))
    .addColumn('decision_number', 'text')
    .addUniqueConstraint('headcount_quotas_key', ['unit_id', 'year', 'staff_category'])
    .execute()
}

/** Creates a person-keyed table and the index on person_id that every policy and join uses. */
async function createWithPersonIndex(
  db: Kysely<any>,
  table: CreateTableBuilder<string, any>,
): Promise<void> {
  const name = table.toOperationNode().table.table.identifier.name
  await table.execute()
  await sql`create index ${sql.id(`${name}_person_idx`)} on ${sql.table(name)} (person_id)`.execute(
    db,
  )
}
