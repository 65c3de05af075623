import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';
import { validateAlias, validateOut, validateTensor } from './validateTensor.js';

type Floats = Float32Array | Float64Array;

/** A unary elementwise kernel: `o[i] = f(x[i])` for i < n, with an optional parameter `p`. */
export type UnaryKernel = (o: Floats, x: Floats, n: number, p: number) => void;

/**
 * Validates and runs a unary elementwise op: the result has x's shape and dtype; `out` may be
 * `x` itself (in place). Values are computed in float64 and rounded once when stored.
 */
export function unaryOp<D extends DType>(
  fn: string,
  x: Tensor<D>,
  out: Tensor<D> | undefined,
  kernel: UnaryKernel,
  p = 0,
): Tensor<D> {
  const t = validateTensor(fn, 'x', x) as Tensor<D>;
  const result = validateOut(fn, out, t.shape, t.dtype);
  if (out !== undefined) validateAlias(fn, result, t, 'x');
  kernel(result.data, t.data, t.size, p);
  return result;
}
