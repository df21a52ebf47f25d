import type { Token } from '../normalise.js'
import { phraseTokens } from '../normalise.js'
import {
  HOME_TOWN_WORDS,
  PROVINCE_NAMES,
  PROVINCE_WORDS,
  PROVINCE_WORDS_AFTER,
} from '../vocabulary/places.js'
import { longest, type TokenReader } from './token-patterns.js'

/** Longest first, so that "quê quán ở" is preferred to "quê", "Thừa Thiên Huế" to "Huế". */
const byLength = (a: string, b: string) => b.split(' ').length - a.split(' ').length
const WORDS = [...HOME_TOWN_WORDS].sort(byLength)
const NAMES = PROVINCE_NAMES.map(([name, stored]) => ({
  name: phraseTokens(name).join(' '),
  stored,
})).sort((a, b) => byLength(a.name, b.name))

/**
 * A home town: "quê Nghệ An", "quê quán ở tỉnh Hà Tĩnh", "người Thái Bình", "from Ho Chi Minh
 * City", with or without diacritics. The value is the province as stored.
 */
export function matchHomeTown(tokens: readonly Token[], i: number) {
  return longest<string>(tokens, i, [homeTown])
}

function homeTown(r: TokenReader): string | undefined {
  if (r.word(...WORDS) === undefined) return undefined
  r.optional(...PROVINCE_WORDS)
  for (const { name, stored } of NAMES) {
    if (r.word(name) === undefined) continue
    r.optional(...PROVINCE_WORDS_AFTER)
    return stored
  }
  return undefined
}
