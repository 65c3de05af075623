import { fail, formatValue } from '@nninit/internal';
import type { Layout } from '../InitOptions.js';

const LAYOUTS: readonly Layout[] = ['torch', 'keras'];

/** `options.layout`: `'torch'` (the default) or `'keras'`. */
export function validateLayout(fn: string, layout: unknown): Layout {
  if (layout === undefined) return 'torch';
  if (typeof layout === 'string' && (LAYOUTS as readonly string[]).includes(layout)) return layout as Layout;
  throw fail(typeof layout === 'string' ? RangeError : TypeError, fn, 'options.layout', '"torch" or "keras"', layout);
}

/**
 * The PyTorch shape `[out, in, ...k]` of a Keras shape `[...k, in, out]`. Ranks 0 and 1 are the
 * same in both layouts (a bias has no in/out axes), so they come back unchanged.
 */
export function torchShape(kerasShape: readonly number[]): number[] {
  const n = kerasShape.length;
  if (n < 2) return kerasShape.slice();
  return [kerasShape[n - 1] as number, kerasShape[n - 2] as number, ...kerasShape.slice(0, n - 2)];
}

/**
 * Whether permuting `[out, in, ...k]` to `[...k, in, out]` moves any element: it does not when
 * at most one of out, in and ∏k exceeds 1 (a rank ≤ 1 shape, `[1, n]`, `[n, 1]`, …).
 */
export function permutes(torchDims: readonly number[]): boolean {
  if (torchDims.length < 2) return false;
  let r = 1;
  for (let d = 2; d < torchDims.length; d++) r *= torchDims[d] as number;
  const big = [torchDims[0] as number, torchDims[1] as number, r].filter((x) => x > 1).length;
  return big > 1;
}

/** Tile edge of the blocked transpose: two 64×64 float64 tiles fit in a 64 KiB L1 cache. */
const TILE = 64;

/**
 * Copies `src`, row-major in the PyTorch layout `[O, I, ...k]`, into `dst` in the Keras layout
 * `[...k, I, O]`: with R = ∏k, dst[(r·I + i)·O + o] = src[(o·I + i)·R + r]. Seen as matrices,
 * `src` is O × (I·R) and `dst` is its transpose with the rows reordered from (i, r) to (r, i),
 * so the copy is a transpose in 64 × 64 tiles (reads and writes stay in cache). Exact: it moves
 * values, so the bits are those of `src`.
 */
export function torchToKeras(
  src: Float32Array | Float64Array,
  dst: Float32Array | Float64Array,
  torchDims: readonly number[],
): void {
  const O = torchDims[0] as number,
    I = torchDims[1] as number;
  const M = src.length / O; // I·R
  const R = M / I;
  for (let m0 = 0; m0 < M; m0 += TILE) {
    const m1 = Math.min(m0 + TILE, M);
    for (let o0 = 0; o0 < O; o0 += TILE) {
      const o1 = Math.min(o0 + TILE, O);
      for (let m = m0; m < m1; m++) {
        const i = Math.floor(m / R),
          r = m - i * R;
        const row = (r * I + i) * O;
        for (let o = o0; o < o1; o++) dst[row + o] = src[o * M + m] as number;
      }
    }
  }
}

/** ` (options.layout 'keras': shape [3,3,32,64] is [64,32,3,3] in the torch layout)`, for messages. */
export function layoutNote(kerasDims: readonly number[], torchDims: readonly number[]): string {
  return ` (options.layout 'keras': shape ${formatValue(kerasDims)} is ${formatValue(torchDims)} in the torch layout)`;
}
