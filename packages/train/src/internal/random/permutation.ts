import { type RandomSource, RandomState } from '@nninit/rng';

const CHUNK = 256;

/**
 * A uniformly random permutation of 0, 1, …, n − 1 drawn from `rng`.
 *
 * For a {@link RandomState} it is numpy's `RandomState.permutation(n)` bit for bit (an arange
 * shuffled by `shuffle`, Fisher–Yates from the end with numpy's masked-rejection interval
 * draws): scikit-learn shuffles datasets and splits this way, so a numpy notebook's order is
 * reproduced. Any other source runs the same Fisher–Yates walk with j = ⌊u·(i + 1)⌋ from its
 * 53-bit uniforms (bias below (i + 1)/2⁵³).
 */
export function permutation(rng: RandomSource, n: number): Int32Array {
  if (rng instanceof RandomState) return Int32Array.from(rng.permutation(n));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const u = new Float64Array(CHUNK);
  let next = CHUNK;
  for (let i = n - 1; i > 0; i--) {
    if (next === CHUNK) {
      rng.fillUniform(u);
      next = 0;
    }
    const j = Math.floor((u[next++] as number) * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
