import type { PostFilter } from '../plan.js'
import type { Tag } from '../tags.js'

/**
 * Words that announce a breakdown whose key follows bare ("phân bố nhóm tuổi", "cơ cấu giới
 * tính", "breakdown of … by …"), and English phrases that are a list and a post at once.
 */
export const BREAKDOWN_PHRASES: readonly [string, Tag][] = [
  ...[
    ...['breakdown', 'breakdown of', 'distribution', 'distribution of', 'phân bố', 'cơ cấu'],
    ...['phân bổ', 'phân bổ số người', 'distributed', 'distributed by', 'spread'],
    ...['break down', 'break that down', 'break it down', 'break them down', 'broken down'],
    // "… theo nhóm 10 tuổi, tách theo giới tính": a second key, split out.
    ...['tách', 'chia', 'phân chia', 'tách riêng'],
    ...['split', 'split of', 'split up'],
  ].map((p): [string, Tag] => [p, { kind: 'group_intro' }]),
  ...(
    [
      ['which division heads', { titles: ['Trưởng phòng'] }],
      ['which heads of division', { titles: ['Trưởng phòng'] }],
      ['which deputy heads of division', { titles: ['Phó Trưởng phòng'] }],
      ['which department heads', { levels: [3] }],
    ] as const satisfies readonly (readonly [string, PostFilter])[]
  ).map(([phrase, post]): [string, Tag] => [
    phrase,
    {
      kind: 'compound',
      tags: [
        { kind: 'measure', measure: 'list' },
        { kind: 'post', post: { ...post } },
      ],
    },
  ]),
]
