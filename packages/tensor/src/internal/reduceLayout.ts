import { formatValue, validateOptions } from '@nninit/internal';
import type { DType } from '../DType.js';
import type { ReduceOptions } from '../reduce/ReduceOptions.js';
import { Tensor } from '../Tensor.js';
import { formatShape } from './format.js';
import { overlaps, validateOut, validateTensor } from './validateTensor.js';

/**
 * A reduction's iteration space: x viewed as [outer, len, inner] with the reduced axis in the
 * middle, and the validated (or allocated) result of shape [outer, inner] (keepDims aside).
 */
export interface ReduceLayout<D extends DType> {
  x: Tensor<D>;
  out: Tensor<D>;
  outer: number;
  len: number;
  inner: number;
  axis: number | undefined;
}

/** The option keys of every reduction. */
export const REDUCE_KEYS = ['axis', 'keepDims', 'out'] as const;

/**
 * Validates a reduction's input and options (before any write) and lays out the loops. `keys`
 * are the function's option names: a key outside them is a RangeError, so a misspelled option
 * (`axes`) never silently reduces everything.
 */
export function reduceLayout<D extends DType>(
  fn: string,
  x: Tensor<D>,
  options: ReduceOptions<D> | undefined,
  keys: readonly string[] = REDUCE_KEYS,
  validateLength?: LengthCheck,
): ReduceLayout<D> {
  const t = validateTensor(fn, 'x', x) as Tensor<D>;
  validateOptions(fn, options as Record<string, unknown> | undefined, keys);
  const keepDims = options?.keepDims ?? false;
  if (typeof keepDims !== 'boolean')
    throw new TypeError(`${fn}: options.keepDims must be a boolean, got ${formatValue(keepDims)}`);
  const rank = t.shape.length;
  const given = options?.axis;
  let axis: number | undefined;
  if (given !== undefined) {
    if (typeof given !== 'number')
      throw new TypeError(`${fn}: options.axis must be an integer, got ${formatValue(given)}`);
    if (!Number.isInteger(given) || given < -rank || given >= rank) {
      throw new RangeError(
        `${fn}: options.axis must be an integer in [${-rank}, ${rank}) for shape ${formatShape(t.shape)}, got ${given}`,
      );
    }
    axis = given < 0 ? given + rank : given;
  }
  let outer = 1,
    len = t.size,
    inner = 1;
  if (axis !== undefined) {
    for (let d = 0; d < axis; d++) outer *= t.shape[d] as number;
    len = t.shape[axis] as number;
    for (let d = axis + 1; d < rank; d++) inner *= t.shape[d] as number;
  }
  // Before the result is allocated: a failing call allocates nothing.
  validateLength?.(fn, len, outer * inner, axis, t, options);
  const givenOut = options?.out;
  const out =
    givenOut !== undefined && isTensorOf(givenOut, t.dtype) && hasReducedShape(givenOut.shape, t.shape, axis, keepDims)
      ? givenOut
      : validateOut(fn, givenOut, reducedShape(t.shape, axis, keepDims), t.dtype);
  if (overlaps(out.data, t.data)) throw new RangeError(`${fn}: out must not overlap x, got a view of x's memory`);
  // One reusable record: every reduction reads it before doing anything else.
  layout.x = t;
  layout.out = out;
  layout.outer = outer;
  layout.len = len;
  layout.inner = inner;
  layout.axis = axis;
  return layout as ReduceLayout<D>;
}

const layout: ReduceLayout<DType> = {
  x: undefined as unknown as Tensor,
  out: undefined as unknown as Tensor,
  outer: 0,
  len: 0,
  inner: 0,
  axis: undefined,
};

/** The result shape of reducing `shape` along `axis` (all axes when undefined). */
function reducedShape(shape: readonly number[], axis: number | undefined, keepDims: boolean): number[] {
  if (axis === undefined) return keepDims ? shape.map(() => 1) : [];
  return keepDims ? shape.map((d, i) => (i === axis ? 1 : d)) : shape.filter((_, i) => i !== axis);
}

/** Whether `got` equals `reducedShape(shape, axis, keepDims)`, without building it. */
function hasReducedShape(
  got: readonly number[],
  shape: readonly number[],
  axis: number | undefined,
  keepDims: boolean,
): boolean {
  if (axis === undefined) {
    if (!keepDims) return got.length === 0;
    if (got.length !== shape.length) return false;
    for (let i = 0; i < got.length; i++) if (got[i] !== 1) return false;
    return true;
  }
  if (got.length !== (keepDims ? shape.length : shape.length - 1)) return false;
  for (let i = 0, j = 0; i < shape.length; i++) {
    if (i === axis) {
      if (keepDims && got[j++] !== 1) return false;
    } else if (got[j++] !== shape[i]) return false;
  }
  return true;
}

/** A fast structural check that lets a valid `out` skip the allocating validation path. */
function isTensorOf(x: unknown, dtype: DType): x is Tensor {
  return x instanceof Tensor && x.dtype === dtype;
}

/**
 * A check of the reduced length `len`, run by {@link reduceLayout} before the result (`results`
 * elements) is allocated.
 */
export type LengthCheck = (
  fn: string,
  len: number,
  results: number,
  axis: number | undefined,
  x: Tensor,
  options: ReduceOptions | undefined,
) => void;

/**
 * Throws when a reduction with no value for zero elements (min, max and argmax have no identity;
 * the mean and the variance of nothing would be 0/0 = NaN) meets an empty reduced axis that has
 * results to fill.
 */
export const validateNonEmpty: LengthCheck = (fn, len, results, axis, x) => {
  if (len === 0 && results > 0) {
    const where = axis === undefined ? '' : ` along axis ${axis}`;
    const why = fn === 'mean' || fn === 'variance' ? `the ${fn} of no elements is 0/0` : `${fn} has no identity`;
    throw new RangeError(`${fn}: x must be non-empty${where} (${why}), got shape ${formatShape(x.shape)}`);
  }
};
