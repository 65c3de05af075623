import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';
import { checkOut, checkTensor, overlaps } from './checkTensor.js';
import { format, formatShape } from './format.js';
import type { ReduceOptions } from '../reduce/ReduceOptions.js';

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

/** Validates a reduction's input and options (before any write) and lays out the loops. */
export function reduceLayout<D extends DType>(fn: string, x: Tensor<D>, options: ReduceOptions<D> | undefined): ReduceLayout<D> {
  const t = checkTensor(fn, 'x', x) as Tensor<D>;
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`${fn}: options must be an object, got ${format(options)}`);
  }
  const keepDims = options?.keepDims ?? false;
  if (typeof keepDims !== 'boolean') throw new TypeError(`${fn}: options.keepDims must be a boolean, got ${format(keepDims)}`);
  const rank = t.shape.length;
  const given = options?.axis;
  let axis: number | undefined;
  if (given !== undefined) {
    if (typeof given !== 'number') throw new TypeError(`${fn}: options.axis must be an integer, got ${format(given)}`);
    if (!Number.isInteger(given) || given < -rank || given >= rank) {
      throw new RangeError(`${fn}: options.axis must be an integer in [${-rank}, ${rank}) for shape ${formatShape(t.shape)}, got ${given}`);
    }
    axis = given < 0 ? given + rank : given;
  }
  let shape: number[];
  let outer = 1, len = t.size, inner = 1;
  if (axis === undefined) {
    shape = keepDims ? t.shape.map(() => 1) : [];
  } else {
    for (let d = 0; d < axis; d++) outer *= t.shape[d] as number;
    len = t.shape[axis] as number;
    for (let d = axis + 1; d < rank; d++) inner *= t.shape[d] as number;
    shape = keepDims ? t.shape.map((d, i) => (i === axis ? 1 : d)) : t.shape.filter((_, i) => i !== axis);
  }
  const out = checkOut(fn, options?.out, shape, t.dtype);
  if (overlaps(out.data, t.data)) throw new RangeError(`${fn}: out must not overlap x, got a view of x's memory`);
  return { x: t, out, outer, len, inner, axis };
}

/** Throws when a reduction without identity (min, max, argmax) meets an empty reduced axis. */
export function checkNonEmpty(fn: string, layout: ReduceLayout<DType>): void {
  if (layout.len === 0 && layout.out.size > 0) {
    const where = layout.axis === undefined ? '' : ` along axis ${layout.axis}`;
    throw new RangeError(`${fn}: x must be non-empty${where} (${fn} has no identity), got shape ${formatShape(layout.x.shape)}`);
  }
}
