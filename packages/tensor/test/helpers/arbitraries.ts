import type { DType } from '@nninit/tensor';
import fc from 'fast-check';
import { sizeOf } from './reference.js';

export const dtypes = fc.constantFrom<DType>('float32', 'float64');

/**
 * Two operand shapes that broadcast (drawn from a common shape of rank 0–4 and dims 0–4 by
 * dropping leading dims and setting some to 1), with the result shape they broadcast to.
 */
export const broadcastShapes = fc
  .array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 })
  .chain((shape) => {
    const operand = fc
      .tuple(fc.nat(shape.length), fc.array(fc.boolean(), { minLength: shape.length, maxLength: shape.length }))
      .map(([drop, ones]) => shape.map((d, i) => (ones[i] ? 1 : d)).slice(drop));
    return fc.tuple(operand, operand);
  })
  .map(([as, bs]): [number[], number[], number[]] => {
    const rank = Math.max(as.length, bs.length);
    const dim = (s: number[], k: number): number => (k < rank - s.length ? 1 : (s[k - (rank - s.length)] as number));
    const shape = Array.from({ length: rank }, (_, k) => (dim(as, k) === 1 ? dim(bs, k) : dim(as, k)));
    return [shape, as, bs];
  });

/** `n` values: small integers (exact arithmetic) plus specials when `specials` is set. */
export function values(n: number, specials = false): fc.Arbitrary<number[]> {
  const small = fc.integer({ min: -6, max: 6 });
  const item = specials ? fc.oneof(small, fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 1e30)) : small;
  return fc.array(item, { minLength: n, maxLength: n });
}

/** The value of a row-major array of shape `shape` at the broadcast index `index` of `target`. */
export function broadcastRead(data: ArrayLike<number>, shape: readonly number[], index: readonly number[]): number {
  let offset = 0;
  const lead = index.length - shape.length;
  for (let k = 0; k < shape.length; k++) {
    const d = shape[k] as number;
    offset = offset * d + (d === 1 ? 0 : (index[lead + k] as number));
  }
  return data[offset] as number;
}

/** Every multi-index of `shape`, row-major. */
export function indices(shape: readonly number[]): number[][] {
  const out: number[][] = [];
  const total = sizeOf(shape);
  for (let flat = 0; flat < total; flat++) {
    const idx = new Array<number>(shape.length);
    let rest = flat;
    for (let k = shape.length - 1; k >= 0; k--) {
      const d = shape[k] as number;
      idx[k] = rest % d;
      rest = Math.floor(rest / d);
    }
    out.push(idx);
  }
  return out;
}
