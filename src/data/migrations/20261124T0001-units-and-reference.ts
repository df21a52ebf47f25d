import { type Kysely, sql } from 'kysely'

/**
 * Extensions, the unit tree, and the reference tables of ranks (ngạch) and salary scales of
 * Decree 204/2004/NĐ-CP. Migrations are frozen in time: they never import application code.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'create extension if not exists vector',
    'create extension if not exists pg_trgm',
    'create extension if not exists unaccent',
    // unaccent() is only STABLE (its dictionary could change), so it cannot feed an index or a
    // generated column directly; this wrapper pins the dictionary and is safe to mark IMMUTABLE.
    `create or replace function public.hr_unaccent(value text) returns text
       language sql immutable strict parallel safe
       as $$ select public.unaccent('public.unaccent'::regdictionary, value) $$`,
  ]) {
    await sql.raw(statement).execute(db)
  }

  await db.schema
    .createTable('units')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('abbreviations', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('bo', 'vu', 'cuc', 'van_phong', 'thanh_tra', 'uy_ban', 'trung_tam', 'hoc_vien', 'vien', 'bao', 'quy', 'phong', 'chi_cuc', 'khac')`,
        ),
    )
    .addColumn('is_public_service', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
    // Materialised path of ids, '/1/7/31/': a subtree is every path that starts with its root's.
    .addColumn('path', 'text', (c) => c.notNull().unique())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute()
  await sql`create index units_path_idx on units (path text_pattern_ops)`.execute(db)

  await db.schema
    .createTable('salary_groups')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('coefficients', sql`numeric(5, 2)[]`, (c) => c.notNull())
    .addColumn('step_interval_months', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('ranks')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('salary_group', 'text', (c) => c.notNull().references('salary_groups.code'))
    .addColumn('staff_category', 'text', (c) =>
      c.notNull().check(sql`staff_category in ('cong_chuc', 'vien_chuc', 'nguoi_lao_dong')`),
    )
    // 1 = senior (cao cấp, hạng I) … 4 = the entry grades; used for "rank at least …" rules.
    .addColumn('grade', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('job_positions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position_group', 'text', (c) =>
      c.notNull().check(sql`position_group in ('leadership', 'professional', 'support')`),
    )
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .execute()

  await seedSalaryScales(db)
}

/** Coefficients of Decree 204/2004/NĐ-CP Table 2 (and the matching tables for viên chức). */
async function seedSalaryScales(db: Kysely<any>): Promise<void> {
  const scale = (first: number, step: number, count: number) =>
    Array.from({ length: count }, (_, i) => Math.round((first + step * i) * 100) / 100)
  await db
    .insertInto('salary_groups')
    .values(
      [
        ['CG', 'Chuyên gia cao cấp', [8.8, 9.4, 10.0], 60],
        ['A3.1', 'Loại A3, nhóm 1', scale(6.2, 0.36, 6), 36],
        ['A3.2', 'Loại A3, nhóm 2', scale(5.75, 0.36, 6), 36],
        ['A2.1', 'Loại A2, nhóm 1', scale(4.4, 0.34, 8), 36],
        ['A2.2', 'Loại A2, nhóm 2', scale(4.0, 0.34, 8), 36],
        ['A1', 'Loại A1', scale(2.34, 0.33, 9), 36],
        ['A0', 'Loại A0', scale(2.1, 0.31, 10), 36],
        ['B', 'Loại B', scale(1.86, 0.2, 12), 24],
        ['C1', 'Loại C, nhóm 1', scale(1.65, 0.18, 12), 24],
      ].map(([code, name, coefficients, months]) => ({
        code,
        name,
        coefficients: sql`${sql.val(coefficients)}::numeric(5, 2)[]`,
        step_interval_months: months,
      })),
    )
    .execute()
  const ranks: [string, string, string, string, number][] = [
    ['01.001', 'Chuyên viên cao cấp', 'A3.1', 'cong_chuc', 1],
    ['01.002', 'Chuyên viên chính', 'A2.1', 'cong_chuc', 2],
    ['01.003', 'Chuyên viên', 'A1', 'cong_chuc', 3],
    ['01.004', 'Cán sự', 'A0', 'cong_chuc', 4],
    ['01.005', 'Nhân viên', 'B', 'cong_chuc', 4],
    ['04.023', 'Thanh tra viên cao cấp', 'A3.1', 'cong_chuc', 1],
    ['04.024', 'Thanh tra viên chính', 'A2.1', 'cong_chuc', 2],
    ['04.025', 'Thanh tra viên', 'A1', 'cong_chuc', 3],
    ['06.029', 'Kế toán viên cao cấp', 'A3.2', 'cong_chuc', 1],
    ['06.030', 'Kế toán viên chính', 'A2.2', 'cong_chuc', 2],
    ['06.031', 'Kế toán viên', 'A1', 'cong_chuc', 3],
    ['V.05.01.01', 'Nghiên cứu viên cao cấp (hạng I)', 'A3.1', 'vien_chuc', 1],
    ['V.05.01.02', 'Nghiên cứu viên chính (hạng II)', 'A2.1', 'vien_chuc', 2],
    ['V.05.01.03', 'Nghiên cứu viên (hạng III)', 'A1', 'vien_chuc', 3],
    ['V.05.01.04', 'Trợ lý nghiên cứu (hạng IV)', 'A0', 'vien_chuc', 4],
    ['V.05.02.05', 'Kỹ sư cao cấp (hạng I)', 'A3.1', 'vien_chuc', 1],
    ['V.05.02.06', 'Kỹ sư chính (hạng II)', 'A2.1', 'vien_chuc', 2],
    ['V.05.02.07', 'Kỹ sư (hạng III)', 'A1', 'vien_chuc', 3],
    ['V.05.02.08', 'Kỹ thuật viên (hạng IV)', 'A0', 'vien_chuc', 4],
    ['V.07.01.01', 'Giảng viên cao cấp (hạng I)', 'A3.1', 'vien_chuc', 1],
    ['V.07.01.02', 'Giảng viên chính (hạng II)', 'A2.1', 'vien_chuc', 2],
    ['V.07.01.03', 'Giảng viên (hạng III)', 'A1', 'vien_chuc', 3],
    ['V.11.01.01', 'Biên tập viên hạng I', 'A3.1', 'vien_chuc', 1],
    ['V.11.01.02', 'Biên tập viên hạng II', 'A2.1', 'vien_chuc', 2],
    ['V.11.01.03', 'Biên tập viên hạng III', 'A1', 'vien_chuc', 3],
    ['V.11.02.05', 'Phóng viên hạng II', 'A2.1', 'vien_chuc', 2],
    ['V.11.02.06', 'Phóng viên hạng III', 'A1', 'vien_chuc', 3],
    ['V11.06.13', 'Công nghệ thông tin hạng II', 'A2.1', 'vien_chuc', 2],
    ['V11.06.14', 'Công nghệ thông tin hạng III', 'A1', 'vien_chuc', 3],
    ['V11.06.15', 'Công nghệ thông tin hạng IV', 'A0', 'vien_chuc', 4],
    ['01.010', 'Lái xe cơ quan', 'C1', 'nguoi_lao_dong', 4],
    ['01.009', 'Nhân viên phục vụ', 'C1', 'nguoi_lao_dong', 4],
    ['01.011', 'Nhân viên bảo vệ', 'C1', 'nguoi_lao_dong', 4],
  ]
  await db
    .insertInto('ranks')
    .values(
      ranks.map(([code, name, salary_group, staff_category, grade]) => ({
        code,
        name,
        salary_group,
        staff_category,
        grade,
      })),
    )
    .execute()
}
