import { foldDiacritics, type Token } from '../normalise.js'
import { exactTokens, wordMatches } from '../phrase-index.js'

/**
 * A small reader over the question's tokens for the expressions that are patterns rather than
 * phrases (time spans, ages, birth years): `word('năm', 'year')` matches either spelling, with
 * or without diacritics as typed.
 */
export class TokenReader {
  private readonly exact: ReadonlySet<Token>

  constructor(
    private readonly tokens: readonly Token[],
    public position: number,
  ) {
    this.exact = exactTokens(tokens)
  }

  get start(): number {
    return this.position
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset]
  }

  /** Consumes one of the words or phrases ("trở lên"), returning which, or undefined. */
  word(...options: string[]): string | undefined {
    for (const option of options) {
      const parts = option.split(' ')
      const matches = parts.every((part, k) => {
        const token = this.tokens[this.position + k]
        return (
          token !== undefined &&
          wordMatches(token, part, foldDiacritics(part), this.exact.has(token))
        )
      })
      if (matches) {
        this.position += parts.length
        return option
      }
    }
    return undefined
  }

  /** Consumes a word if present; always succeeds. */
  optional(...options: string[]): this {
    this.word(...options)
    return this
  }

  /** Consumes a whole number within [min, max]. */
  number(min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.tokens[this.position]?.value
    if (value === undefined || !Number.isInteger(value) || value < min || value > max)
      return undefined
    this.position++
    return value
  }

  /** Consumes a number, whole or decimal ("6,56"), within [min, max]. */
  decimal(min: number, max: number): number | undefined {
    const value = this.tokens[this.position]?.value
    if (value === undefined || value < min || value > max) return undefined
    this.position++
    return value
  }

  year(): number | undefined {
    return this.number(1900, 2100)
  }

  /** Consumes a token matching a regular expression on its folded text. */
  match(pattern: RegExp): RegExpExecArray | undefined {
    const token = this.tokens[this.position]
    const found = token === undefined ? null : pattern.exec(token.fold)
    if (found === null) return undefined
    this.position++
    return found
  }
}

/** Runs each reader from `i` and keeps the one that consumed the most tokens. */
export function longest<T>(
  tokens: readonly Token[],
  i: number,
  readers: readonly ((r: TokenReader) => T | undefined)[],
): { length: number; value: T } | undefined {
  let best: { length: number; value: T } | undefined
  for (const read of readers) {
    const reader = new TokenReader(tokens, i)
    const value = read(reader)
    const length = reader.position - i
    if (value !== undefined && length > 0 && (best === undefined || length > best.length))
      best = { length, value }
  }
  return best
}
