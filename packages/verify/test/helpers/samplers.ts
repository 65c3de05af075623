import { TestRng } from './rng.js';

/** PyTorch fans of a [fanOut, fanIn, ...kernel] shape. */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  const receptive = shape.slice(2).reduce((p, d) => p * d, 1);
  return { fanIn: shape[1]! * receptive, fanOut: shape[0]! * receptive };
}

const size = (shape: readonly number[]): number => shape.reduce((p, d) => p * d, 1);

/** A sampler drawing N(0, std(shape)²). */
export const normalSampler =
  (std: (shape: readonly number[]) => number) =>
  (shape: readonly number[], seed: number): Float64Array => {
    const s = std(shape);
    return new TestRng(seed).fill(size(shape), (r) => s * r.normal());
  };

/** A sampler drawing U(−bound(shape), bound(shape)). */
export const uniformSampler =
  (bound: (shape: readonly number[]) => number) =>
  (shape: readonly number[], seed: number): Float64Array => {
    const b = bound(shape);
    return new TestRng(seed).fill(size(shape), (r) => -b + 2 * b * r.uniform());
  };

/** A sampler drawing N(0, std²) truncated to ±cut·std, by rejection (no quantile function involved). */
export const truncatedSampler =
  (std: (shape: readonly number[]) => number, cut = 2) =>
  (shape: readonly number[], seed: number): Float64Array => {
    const s = std(shape);
    return new TestRng(seed).fill(size(shape), (r) => {
      for (;;) {
        const z = r.normal();
        if (Math.abs(z) <= cut) return s * z;
      }
    });
  };
