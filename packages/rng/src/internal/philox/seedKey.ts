import { formatValue } from '@nninit/internal';

const TWO_POW_32 = 2 ** 32;

/** The public `seedToKey` for `fn`, whose name starts the error messages. */
export function seedKey(fn: string, seed: number): [number, number] {
  if (typeof seed !== 'number') {
    throw new TypeError(`${fn}: seed must be a safe integer, got ${formatValue(seed)}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`${fn}: seed must be a safe integer, got ${seed}`);
  }
  const lo = ((seed % TWO_POW_32) + TWO_POW_32) % TWO_POW_32;
  const hi = (Math.floor(seed / TWO_POW_32) + TWO_POW_32) % TWO_POW_32;
  return [lo, hi];
}
