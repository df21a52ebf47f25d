/**
 * Text helpers shared by parsing, indexing and querying. Vietnamese is written with stacked
 * diacritics that may arrive composed or decomposed (PDF extractors often decompose them), so
 * everything is brought to NFC first; matching uses a diacritic-free shadow because users often
 * type without diacritics.
 */

/** Letters of điểm (points) in Vietnamese alphabetical order: there is no f, j, w or z, and đ follows d. */
export const POINT_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const // prettier-ignore

/** The letter that follows `letter` in a list of points, or undefined after y. */
export function nextPointLetter(letter: string): string | undefined {
  const index = (POINT_LETTERS as readonly string[]).indexOf(letter)
  return index < 0 ? undefined : POINT_LETTERS[index + 1]
}

/**
 * NFC, one kind of line break and of space, and no invisible characters. Some PDF fonts map
 * đ/Đ to the Icelandic eth (ð/Ð), which looks the same but matches nothing: it is repaired here.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .replace(/\t/g, ' ')
}

/** Lower case without diacritics: "Điều 4. Tuổi nghỉ hưu" → "dieu 4. tuoi nghi huu". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/** Words of a text (lower case, NFC, diacritics kept): letters and digits only. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** Whether a word carries Vietnamese diacritics (so its folded form loses information). */
export function hasDiacritics(word: string): boolean {
  return foldDiacritics(word) !== word.toLowerCase()
}
