/**
 * The contract every public function keeps on any input: it returns a finite, well-formed
 * result, or throws a TypeError or RangeError whose message starts with `${fn}: `. Anything else
 * (another error class, a message without the function's name, NaN or ±Infinity anywhere in the
 * result) throws an AssertionError-like Error describing what broke.
 *
 * `wellFormed` may check the result's shape further; it returns a complaint, or undefined.
 *
 * @example
 * ```ts
 * expectCleanOutcome('sum', () => sum(x, options));
 * ```
 */
export function expectCleanOutcome(
  fn: string,
  call: () => unknown,
  wellFormed?: (result: unknown) => string | undefined,
): 'returned' | 'threw' {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) {
      throw new Error(`${fn}: threw ${describeError(error)}, not a TypeError or RangeError`);
    }
    if (!error.message.startsWith(`${fn}: `)) {
      throw new Error(`${fn}: threw a ${error.name} whose message does not start with "${fn}: ": ${error.message}`);
    }
    return 'threw';
  }
  const where = nonFinite(result, 'result', new Set());
  if (where !== undefined) throw new Error(`${fn}: returned a non-finite number at ${where}`);
  const complaint = wellFormed?.(result);
  if (complaint !== undefined) throw new Error(`${fn}: returned a malformed result: ${complaint}`);
  return 'returned';
}

/** The path of the first NaN or ±Infinity in `value`, searched through arrays, typed arrays and own properties. */
export function nonFinite(value: unknown, path: string, seen: Set<unknown>): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const array = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < array.length; i++) {
      const v = array[i];
      if (typeof v === 'number' && !Number.isFinite(v)) return `${path}[${i}] = ${v}`;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    const found = nonFinite(v, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `a non-Error ${String(error)}`;
}
