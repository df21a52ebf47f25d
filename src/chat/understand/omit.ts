/** A copy of `value` without `keys`: how a plan drops a condition or a clause. */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const out = { ...value }
  for (const key of keys) delete out[key]
  return out
}
