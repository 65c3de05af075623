import { fail, formatValue, validateOptions } from '@nninit/internal';
import { PhiloxSource, type RandomSource } from '@nninit/rng';
import type { InitSlice } from '../InitSlice.js';
import type { Definition, Plan } from './Definition.js';

/** Why a plan without a range fill needs the whole tensor, by definition kind, for the message. */
const WHOLE: Readonly<Record<string, string>> = {
  orthogonal: 'Q is the QR factor of the whole Gaussian matrix',
  delta_orthogonal: 'its centre tap is the QR factor of the whole Gaussian matrix',
  sparse: "each column's zeros are drawn, after every normal, over all its rows",
};

/** `{ start: 0, end: 2 }`, or formatValue's rendering when it is not two numbers. */
export function formatSlice(slice: unknown): string {
  const s = slice as { start?: unknown; end?: unknown } | null;
  if (s !== null && typeof s === 'object' && typeof s.start === 'number' && typeof s.end === 'number') {
    return `{ start: ${formatValue(s.start)}, end: ${formatValue(s.end)} }`;
  }
  return formatValue(slice);
}

/**
 * `options.slice` of a call on `dims` (the caller's layout): undefined, or `{ start, end }` with
 * integers 0 ≤ start ≤ end ≤ dims[0] (no other keys). A TypeError for the wrong kind of value,
 * a RangeError for a range outside the first dimension or a scalar shape.
 */
export function validateSlice(fn: string, slice: unknown, dims: readonly number[]): InitSlice | undefined {
  if (slice === undefined) return undefined;
  if (slice === null || typeof slice !== 'object' || Array.isArray(slice)) {
    throw fail(TypeError, fn, 'options.slice', '{ start, end } (a range of shape[0]) or undefined', slice);
  }
  const s = validateOptions(fn, slice as Record<string, unknown>, ['start', 'end'], 'options.slice');
  for (const key of ['start', 'end'] as const) {
    if (typeof s[key] !== 'number') throw fail(TypeError, fn, `options.slice.${key}`, 'an integer', s[key]);
  }
  if (dims.length === 0) {
    throw fail(
      RangeError,
      fn,
      'options.slice',
      'undefined for a shape of rank 0 (no first dimension)',
      formatSlice(slice),
    );
  }
  const rows = dims[0] as number;
  const start = s.start as number,
    end = s.end as number;
  if (!Number.isInteger(start) || start < 0 || start > rows) {
    throw fail(RangeError, fn, 'options.slice.start', `an integer in [0, shape[0]] = [0, ${rows}]`, start);
  }
  if (!Number.isInteger(end) || end < start || end > rows) {
    throw fail(RangeError, fn, 'options.slice.end', `an integer in [start, shape[0]] = [${start}, ${rows}]`, end);
  }
  return { start, end };
}

/**
 * Checks that a validated slice can be computed: the plan has a range fill, and a random one reads
 * a {@link PhiloxSource}, whose position can be set (numpy's MT19937 stream can only be read in
 * order) and which has room for the whole tensor, as the whole call would need.
 */
export function validateSliceable(
  fn: string,
  slice: InitSlice,
  definition: Definition,
  plan: Plan,
  rng: RandomSource | undefined,
  size: number,
): void {
  if (plan.fillRange === undefined) {
    const why = WHOLE[definition.kind] ?? 'its values depend on the whole tensor';
    throw new RangeError(
      `${fn}: options.slice must be undefined for ${formatValue(definition.name)} (${why}: initialize it whole), got ${formatSlice(slice)}`,
    );
  }
  if (!definition.random) return;
  if (!(rng instanceof PhiloxSource)) {
    throw new TypeError(
      `${fn}: options.rng must be a PhiloxSource (from philox(seed), or give options.seed) when options.slice is given, got ${formatValue(rng)} (a slice reads the stream at its rows' positions; numpy's MT19937 stream can only be read in order)`,
    );
  }
  if (rng.position + size > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `${fn}: options.rng's position + the shape's size must stay below 2^53 (as the whole call's would), got ${rng.position} + ${size}`,
    );
  }
}
