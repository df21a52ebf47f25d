import type { ForecastContext } from '../context.js'
import type { Tally } from './tally.js'

/** Names the keys of retirement groups: unit lines, ranks (ngạch) and post titles. */
export function labelGroups(
  groups: readonly Tally[],
  context: ForecastContext,
  ranks: readonly { code: string; name: string }[],
) {
  const lines = new Map(context.lines.map((l) => [l.id, l]))
  const rankNames = new Map(ranks.map((r) => [r.code, r.name]))
  return groups
    .map((g) => {
      const line = typeof g.key.unit === 'number' ? lines.get(g.key.unit) : undefined
      const rank = g.key.rank
      return {
        ...(g.key.unit === undefined
          ? {}
          : {
              unit:
                line === undefined
                  ? null
                  : { id: line.id, code: line.code, name: line.name, direct: line.direct },
            }),
        ...(rank === undefined
          ? {}
          : {
              rank:
                rank === null
                  ? null
                  : { code: String(rank), name: rankNames.get(String(rank)) ?? null },
            }),
        ...(g.key.post === undefined ? {} : { post: g.key.post }),
        total: g.total,
        statutoryTotal: g.statutoryTotal,
        years: g.years,
      }
    })
    .sort((a, b) => b.total - a.total)
}
