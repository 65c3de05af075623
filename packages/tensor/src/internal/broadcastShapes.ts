import { formatShape } from './format.js';

/**
 * The numpy broadcast of two shapes: align trailing dimensions; each pair must be equal or
 * contain a 1, and the result takes the larger. Throws a RangeError naming the op, both shapes
 * and the first conflicting pair.
 */
export function broadcastShapes(fn: string, a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const shape = new Array<number>(rank);
  for (let k = 1; k <= rank; k++) {
    const da = k <= a.length ? (a[a.length - k] as number) : 1;
    const db = k <= b.length ? (b[b.length - k] as number) : 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(
        `${fn}: shapes do not broadcast, ${formatShape(a)} and ${formatShape(b)} (${da} vs ${db} in dimension ${rank - k} of the result)`,
      );
    }
    shape[rank - k] = da === 1 ? db : da;
  }
  return shape;
}

/**
 * Strides (in elements) of a row-major tensor of shape `shape` read as the broadcast shape
 * `target` (right-aligned): 0 where the dimension is missing or 1, so one index walks both.
 */
export function broadcastStrides(shape: readonly number[], target: readonly number[]): number[] {
  const strides = new Array<number>(target.length).fill(0);
  let stride = 1;
  for (let k = 1; k <= shape.length; k++) {
    const d = shape[shape.length - k] as number;
    if (d !== 1) strides[target.length - k] = stride;
    stride *= d;
  }
  return strides;
}
