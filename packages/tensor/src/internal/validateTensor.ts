import { formatValue } from '@nninit/internal';
import type { DType } from '../DType.js';
import { Tensor } from '../Tensor.js';
import { allocateData } from './allocateData.js';
import { formatShape } from './format.js';

/**
 * Validates that `x` is a tensor (structurally: a frozen `shape` and a Float32Array/Float64Array
 * `data` of the matching dtype, so a tensor from another copy of this package is accepted).
 */
export function validateTensor(fn: string, param: string, x: unknown): Tensor {
  if (x instanceof Tensor) return x;
  const t = x as Partial<Tensor> | null;
  if (
    t === null ||
    typeof t !== 'object' ||
    !Array.isArray(t.shape) ||
    !(
      (t.data instanceof Float32Array && t.dtype === 'float32') ||
      (t.data instanceof Float64Array && t.dtype === 'float64')
    ) ||
    t.size !== t.data.length
  ) {
    throw new TypeError(`${fn}: ${param} must be a Tensor, got ${formatValue(x)}`);
  }
  return t as Tensor;
}

/** Validates that `b` has the dtype of `a` (ops never convert silently). */
export function validateSameDType(fn: string, param: string, x: Tensor, dtype: DType, reference: string): void {
  if (x.dtype !== dtype) {
    throw new TypeError(`${fn}: ${param}.dtype must be ${dtype} (the dtype of ${reference}), got ${x.dtype}`);
  }
}

/**
 * Validates an optional `out` against the result's shape and dtype, or allocates the result.
 * Runs before any write, so bad input leaves `out` untouched.
 */
export function validateOut<D extends DType>(fn: string, out: unknown, shape: readonly number[], dtype: D): Tensor<D> {
  if (out === undefined) {
    const size = shape.reduce((p, d) => p * d, 1);
    return new Tensor(allocateData(fn, dtype, shape, size), shape);
  }
  const o = validateTensor(fn, 'out', out);
  if (o.dtype !== dtype) throw new TypeError(`${fn}: out.dtype must be ${dtype}, got ${o.dtype}`);
  if (!sameShape(o.shape, shape)) {
    throw new RangeError(`${fn}: out.shape must be ${formatShape(shape)}, got ${formatShape(o.shape)}`);
  }
  return o as Tensor<D>;
}

/** Whether two shapes are equal. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two typed arrays share any memory. */
export function overlaps(a: Float32Array | Float64Array, b: Float32Array | Float64Array): boolean {
  if (a.buffer !== b.buffer || a.byteLength === 0 || b.byteLength === 0) return false;
  return a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

/**
 * `out` may be an input of an elementwise op (in place) only if it is exactly that input's
 * memory and that input is not broadcast; any other overlap would read overwritten values.
 */
export function validateAlias(fn: string, out: Tensor, input: Tensor, param: string): void {
  if (!overlaps(out.data, input.data)) return;
  const same = out.data.byteOffset === input.data.byteOffset && out.data.length === input.data.length;
  if (!same || input.size !== out.size) {
    throw new RangeError(`${fn}: out must be ${param} itself or not overlap it, got a partial overlap`);
  }
}
