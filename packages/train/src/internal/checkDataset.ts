import { type DType, Tensor } from '@nninit/tensor';
import { describe } from './checks.js';

/** A data set's tensors, validated: x is [n, features], y is [n] or [n, outputs], same dtype. */
export interface CheckedData<D extends DType> {
  x: Tensor<D>;
  y: Tensor<D>;
  n: number;
  features: number;
  /** Columns of y (1 for a vector of labels). */
  outputs: number;
}

const isTensor = (t: unknown): t is Tensor =>
  t instanceof Tensor ||
  (t !== null &&
    typeof t === 'object' &&
    Array.isArray((t as Tensor).shape) &&
    ((t as Tensor).data instanceof Float32Array || (t as Tensor).data instanceof Float64Array));

/** Validates a tensor of features, [n, features] with n ≥ 1, optionally with finite values. */
export function checkFeatures<D extends DType>(fn: string, param: string, x: unknown, finite: boolean): Tensor<D> {
  if (!isTensor(x)) throw new TypeError(`${fn}: ${param} must be a Tensor, got ${describe(x)}`);
  if (x.shape.length !== 2 || (x.shape[0] as number) < 1 || (x.shape[1] as number) < 1) {
    throw new RangeError(`${fn}: ${param} must have shape [nSamples ≥ 1, nFeatures ≥ 1], got [${x.shape.join(',')}]`);
  }
  if (finite) checkFinite(fn, param, x);
  return x as Tensor<D>;
}

/** Validates `{ x, y }` (and, when `finite`, that neither holds NaN or ±Infinity). */
export function checkDataset<D extends DType>(fn: string, data: unknown, finite = false): CheckedData<D> {
  if (data === null || typeof data !== 'object')
    throw new TypeError(`${fn}: data must be { x, y } tensors, got ${describe(data)}`);
  const { x: rawX, y } = data as { x?: unknown; y?: unknown };
  const x = checkFeatures<D>(fn, 'data.x', rawX, finite);
  if (!isTensor(y)) throw new TypeError(`${fn}: data.y must be a Tensor, got ${describe(y)}`);
  if (y.dtype !== x.dtype) throw new TypeError(`${fn}: data.y must have data.x's dtype ${x.dtype}, got ${y.dtype}`);
  const n = x.shape[0] as number;
  if (
    (y.shape.length !== 1 && y.shape.length !== 2) ||
    y.shape[0] !== n ||
    (y.shape.length === 2 && (y.shape[1] as number) < 1)
  ) {
    throw new RangeError(
      `${fn}: data.y must have shape [${n}] or [${n}, nOutputs] to match data.x [${x.shape.join(',')}], got [${y.shape.join(',')}]`,
    );
  }
  if (finite) checkFinite(fn, 'data.y', y);
  return {
    x,
    y: y as Tensor<D>,
    n,
    features: x.shape[1] as number,
    outputs: y.shape.length === 2 ? (y.shape[1] as number) : 1,
  };
}

function checkFinite(fn: string, param: string, t: Tensor): void {
  const d = t.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i] as number;
    if (v - v !== 0) {
      const cols = t.shape.length === 2 ? (t.shape[1] as number) : 1;
      const at = t.shape.length === 2 ? `[${Math.floor(i / cols)}, ${i % cols}]` : `[${i}]`;
      throw new RangeError(`${fn}: ${param} must hold finite numbers only, got ${v} at ${at}`);
    }
  }
}
