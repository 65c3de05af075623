import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';
import { broadcastShapes, broadcastStrides } from './broadcastShapes.js';
import { validateFloat32Range } from './validateStorable.js';
import { validateAlias, validateOut, validateSameDType, validateTensor } from './validateTensor.js';

type Floats = Float32Array | Float64Array;

/**
 * A binary elementwise kernel over a 2-d block: for i < n0, j < n1,
 * `o[oo + i·n1 + j] = f(x[xo + i·xs0 + j·sx], y[yo + i·ys0 + j·sy])`, the output block
 * contiguous. One call covers a whole same-shape op or bias add ([batch, k] + [k]), so the
 * dispatch cost is paid rarely.
 */
export type BinaryKernel<A extends Floats> = (
  o: A,
  oo: number,
  x: A,
  xo: number,
  xs0: number,
  y: A,
  yo: number,
  ys0: number,
  n0: number,
  n1: number,
) => void;

/**
 * The three inner-loop shapes a broadcast can produce (the inner strides sx, sy are 1 for a
 * walked operand, 0 for a broadcast one, never both 0): `vv` both walked, `vs` y broadcast
 * along the row, `sv` x broadcast. Each is a separate, branch-free, 4-way unrolled loop with
 * plain offsets: V8 compiles that to a fraction of the per-element checks of one strided loop
 * with branches.
 */
export interface BinaryKernels<A extends Floats> {
  vv: BinaryKernel<A>;
  vs: BinaryKernel<A>;
  sv: BinaryKernel<A>;
}

/**
 * One copy of an op's kernels per dtype, each seeing one typed-array type: V8 compiles an
 * element access that has seen both Float32Array and Float64Array to a polymorphic map check
 * and a slower load or store on every element (`pnpm bench elementwise` measures the cost), so
 * the generator writes the same loops twice rather than once for both.
 */
export interface DTypeBinaryKernels {
  readonly float32: BinaryKernels<Float32Array>;
  readonly float64: BinaryKernels<Float64Array>;
}

// A number operand is read through a one-element array of the op's dtype (rounded to float32
// for a float32 op, as numpy treats Python scalars), so kernels only ever see one array type
// per call. Reused across calls: no allocation.
const scalars = {
  float32: [new Float32Array(1), new Float32Array(1)],
  float64: [new Float64Array(1), new Float64Array(1)],
} as const;

const noDims: readonly number[] = Object.freeze([]);

/** Whether `short` equals the trailing dimensions of `long` (so it broadcasts by repetition). */
function isSuffix(short: readonly number[], long: readonly number[]): boolean {
  const lead = long.length - short.length;
  if (lead < 0) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[lead + i]) return false;
  return true;
}

/**
 * Validates and runs a broadcasting binary op: `a` and `b` are tensors of one dtype or numbers
 * (at least one a tensor); the result has the broadcast shape and that dtype. `out` may be one
 * of the inputs (in place) when it has the full result shape.
 */
export function binaryOp<D extends DType>(
  fn: string,
  a: Tensor<D> | number,
  b: Tensor<D> | number,
  out: Tensor<D> | undefined,
  dtypeKernels: DTypeBinaryKernels,
): Tensor<D> {
  if (typeof a === 'number' && typeof b === 'number') {
    throw new TypeError(`${fn}: a or b must be a Tensor, got two numbers`);
  }
  const ta = typeof a === 'number' ? undefined : validateTensor(fn, 'a', a);
  const tb = typeof b === 'number' ? undefined : validateTensor(fn, 'b', b);
  const dtype = (ta ?? tb)!.dtype as D;
  if (ta !== undefined && tb !== undefined) validateSameDType(fn, 'b', tb, dtype, 'a');
  // A number operand that float32 cannot hold would enter the op as ±Infinity unseen; NaN and
  // ±Infinity written by the caller pass, as in numpy.
  if (dtype === 'float32') {
    if (ta === undefined) validateFloat32Range(fn, 'a', a as number);
    if (tb === undefined) validateFloat32Range(fn, 'b', b as number);
  }
  const aShape = ta?.shape ?? noDims;
  const bShape = tb?.shape ?? noDims;
  // Equal shapes, a number, or one shape a suffix of the other (a bias [k] added to [batch, k])
  // need no new shape: the result is the longer one. Only a general broadcast allocates.
  const shape = isSuffix(bShape, aShape)
    ? aShape
    : isSuffix(aShape, bShape)
      ? bShape
      : broadcastShapes(fn, aShape, bShape);
  const result = validateOut(fn, out, shape, dtype);
  if (out !== undefined) {
    if (ta !== undefined) validateAlias(fn, result, ta, 'a');
    if (tb !== undefined) validateAlias(fn, result, tb, 'b');
  }
  const x = ta?.data ?? scalars[dtype][0];
  const y = tb?.data ?? scalars[dtype][1];
  if (ta === undefined) x[0] = a as number;
  if (tb === undefined) y[0] = b as number;
  const o = result.data;
  const size = result.size;
  // x, y and o are all arrays of `dtype` (the scalars above included), so the kernels of that
  // dtype apply; the cast only widens their parameter types for the calls below.
  const kernels = dtypeKernels[dtype] as BinaryKernels<Floats>;
  if (size === 0) return result;

  if (x.length === size && y.length === size) {
    kernels.vv(o, 0, x, 0, 0, y, 0, 0, 1, size);
    return result;
  }
  if (y.length === 1) {
    kernels.vs(o, 0, x, 0, 0, y, 0, 0, 1, size);
    return result;
  }
  if (x.length === 1) {
    kernels.sv(o, 0, x, 0, 0, y, 0, 0, 1, size);
    return result;
  }
  // Suffix broadcast: rows of the longer operand against the whole shorter one.
  if (shape === aShape && size % y.length === 0 && isSuffix(bShape, aShape)) {
    kernels.vv(o, 0, x, 0, y.length, y, 0, 0, size / y.length, y.length);
    return result;
  }
  if (shape === bShape && size % x.length === 0 && isSuffix(aShape, bShape)) {
    kernels.vv(o, 0, x, 0, 0, y, 0, x.length, size / x.length, x.length);
    return result;
  }
  // General broadcast: merge adjacent dimensions that both operands walk contiguously, run
  // the last two merged dimensions inside the kernel and count the rest with an odometer.
  const xs = broadcastStrides(aShape, shape);
  const ys = broadcastStrides(bShape, shape);
  const dims: number[] = [];
  const sx: number[] = [];
  const sy: number[] = [];
  for (let d = 0; d < shape.length; d++) {
    const n = shape[d] as number;
    if (n === 1) continue;
    const last = dims.length - 1;
    if (last >= 0 && sx[last] === (xs[d] as number) * n && sy[last] === (ys[d] as number) * n) {
      dims[last] = (dims[last] as number) * n;
      sx[last] = xs[d] as number;
      sy[last] = ys[d] as number;
    } else {
      dims.push(n);
      sx.push(xs[d] as number);
      sy.push(ys[d] as number);
    }
  }
  while (dims.length < 2) {
    dims.unshift(1);
    sx.unshift(0);
    sy.unshift(0);
  }
  const r = dims.length;
  const n0 = dims[r - 2] as number,
    n1 = dims[r - 1] as number;
  const xs0 = sx[r - 2] as number,
    xs1 = sx[r - 1] as number,
    ys0 = sy[r - 2] as number,
    ys1 = sy[r - 1] as number;
  const kernel = xs1 === 0 ? kernels.sv : ys1 === 0 ? kernels.vs : kernels.vv;
  const block = n0 * n1;
  const index = new Array<number>(r - 2).fill(0);
  let xo = 0,
    yo = 0;
  for (let oo = 0; oo < size; oo += block) {
    kernel(o, oo, x, xo, xs0, y, yo, ys0, n0, n1);
    for (let d = r - 3; d >= 0; d--) {
      const i = (index[d] as number) + 1;
      xo += sx[d] as number;
      yo += sy[d] as number;
      if (i < (dims[d] as number)) {
        index[d] = i;
        break;
      }
      index[d] = 0;
      xo -= i * (sx[d] as number);
      yo -= i * (sy[d] as number);
    }
  }
  return result;
}
