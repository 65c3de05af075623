import fc from 'fast-check';

/**
 * Numbers a hostile caller passes: NaN, ±Infinity, −0, the extremes of float64 and float32,
 * the smallest subnormal, 2⁵³, fractions and negatives, then any double.
 */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1,
    -1,
    0.5,
    2.5,
    1e308,
    -1e308,
    1e39,
    -1e39,
    5e-324,
    2 ** 53,
    1e9,
  ),
  fc.double(),
);

/**
 * Any value a hostile caller passes where a number, string, array or object is expected: the
 * {@link hostileNumber}s, the wrong types (null, undefined, strings that look like numbers,
 * booleans, symbols, bigints, functions, arrays, DataViews, class instances) and short strings.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  fc.constantFrom<unknown>(
    null,
    undefined,
    '1',
    '',
    'float32',
    true,
    {},
    [],
    [2, 3],
    [Number.NaN],
    Symbol('x'),
    10n,
    () => 1,
    new DataView(new ArrayBuffer(8)),
    new Float64Array(2),
    new Map(),
  ),
  fc.string({ maxLength: 6 }),
);

/**
 * An options object for a function whose option names are `keys`: each valid key absent or
 * given a {@link hostileValue} (or one of `good`'s values, so calls also get past validation),
 * and sometimes a misspelled key, made from a valid one by dropping a letter, changing its case
 * or adding one.
 */
export function hostileOptions(
  keys: readonly string[],
  good: Readonly<Record<string, readonly unknown[]>> = {},
): fc.Arbitrary<Record<string, unknown>> {
  const value = (key: string): fc.Arbitrary<unknown> => {
    const known = good[key];
    return known === undefined || known.length === 0 ? hostileValue : fc.oneof(fc.constantFrom(...known), hostileValue);
  };
  const entries = fc.record(Object.fromEntries(keys.map((k) => [k, value(k)])), { requiredKeys: [] });
  const misspelled = keys.length === 0 ? fc.constant('optoin') : fc.constantFrom(...keys).chain(misspell);
  return fc.oneof(
    { weight: 3, arbitrary: entries },
    { weight: 1, arbitrary: fc.tuple(entries, misspelled, hostileValue).map(([o, k, v]) => ({ ...o, [k]: v })) },
  );
}

function misspell(key: string): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.nat(Math.max(0, key.length - 1)).map((i) => key.slice(0, i) + key.slice(i + 1)),
      fc.constant(key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase()),
      fc.constant(`${key}s`),
    )
    .filter((k) => k !== key && k !== '');
}
