import type { Migration } from 'kysely'
import * as units from './20261124T0001-units-and-reference.js'
import * as people from './20261124T0002-people.js'
import * as histories from './20261124T0003-histories.js'
import * as accounts from './20261124T0004-accounts-audit-regulations.js'
import * as retirement from './20261124T0005-retirement-rule.js'
import * as access from './20261124T0006-access.js'
import * as chatViews from './20261124T0007-chat-views.js'
import * as conversations from './20261124T0008-chat-conversations.js'
import * as retirementInline from './20261124T0009-retirement-rule-inline.js'
import * as dataQuality from './20261124T0010-data-quality-access.js'
import * as today from './20261124T0011-today.js'
import * as nameLookup from './20261125T0012-name-lookup.js'
import * as retirementColumn from './20261125T0013-retirement-date-column.js'
import * as wholeMinistry from './20261125T0014-whole-ministry-scope.js'
import * as cheaperPersonReads from './20261125T0015-cheaper-person-reads.js'
import * as personScopeIndex from './20261207T0016-person-scope-index.js'
import * as parallelSafeScope from './20261207T0017-parallel-safe-scope.js'
import * as wholeMinistryReaders from './20261207T0018-whole-ministry-readers.js'
import * as headCounts from './20261207T0019-head-counts.js'
import * as scopedPolicies from './20261207T0020-scoped-policies.js'
import * as evaluationLevelIndex from './20261207T0021-evaluation-level-index.js'

/**
 * Every migration, by name; names sort in the order they run. Listed explicitly (rather than
 * read from the folder) so that the bundle of migrations is the same under tsx, vitest and tsc.
 */
export const migrations: Record<string, Migration> = {
  '20261124T0001-units-and-reference': units,
  '20261124T0002-people': people,
  '20261124T0003-histories': histories,
  '20261124T0004-accounts-audit-regulations': accounts,
  '20261124T0005-retirement-rule': retirement,
  '20261124T0006-access': access,
  '20261124T0007-chat-views': chatViews,
  '20261124T0008-chat-conversations': conversations,
  '20261124T0009-retirement-rule-inline': retirementInline,
  '20261124T0010-data-quality-access': dataQuality,
  '20261124T0011-today': today,
  '20261125T0012-name-lookup': nameLookup,
  '20261125T0013-retirement-date-column': retirementColumn,
  '20261125T0014-whole-ministry-scope': wholeMinistry,
  '20261125T0015-cheaper-person-reads': cheaperPersonReads,
  '20261207T0016-person-scope-index': personScopeIndex,
  '20261207T0017-parallel-safe-scope': parallelSafeScope,
  '20261207T0018-whole-ministry-readers': wholeMinistryReaders,
  '20261207T0019-head-counts': headCounts,
  '20261207T0020-scoped-policies': scopedPolicies,
  '20261207T0021-evaluation-level-index': evaluationLevelIndex,
}
