import type { QueryPlan } from '../understand/plan.js'
import type { CompileContext } from './compile-context.js'
import { compileAppointmentsPlan, compileDisciplinesPlan } from './compile-events.js'
import { compileMovementsPlan } from './compile-movements.js'
import { compilePeoplePlan } from './compile-people.js'
import { compileQuotasPlan } from './compile-quotas.js'
import { createChatQueryBuilder } from './inline-compiler.js'
import { layoutSql } from './sql-layout.js'

export type { CompileContext } from './compile-context.js'

/**
 * A query plan as the SQL text that will run: one SELECT over the chat views with every value
 * written as a literal (what the asker is shown is what is executed), a deterministic order,
 * a LIMIT on lists, column names in the question's language, one clause per line.
 */
export function compileQueryPlan(plan: QueryPlan, ctx: CompileContext): string {
  const db = createChatQueryBuilder()
  switch (plan.subject) {
    case 'people':
      return layoutSql(compilePeoplePlan(db, plan, ctx).compile().sql)
    case 'movements':
      return layoutSql(compileMovementsPlan(db, plan, ctx).compile().sql)
    case 'quotas':
      return layoutSql(compileQuotasPlan(db, plan, ctx).compile().sql)
    case 'disciplines':
      return layoutSql(compileDisciplinesPlan(db, plan, ctx).compile().sql)
    case 'appointments':
      return layoutSql(compileAppointmentsPlan(db, plan, ctx).compile().sql)
  }
}
