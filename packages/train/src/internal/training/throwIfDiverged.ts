import { DivergenceError } from '../../training/DivergenceError.js';

/** Throws a DivergenceError naming the first parameter that is NaN or ±Infinity. */
export function throwIfDiverged(parameters: readonly (Float32Array | Float64Array)[], iteration: number): void {
  let poison = 0;
  for (const p of parameters) for (let i = 0; i < p.length; i++) poison += (p[i] as number) * 0;
  if (poison === 0) return;
  for (let k = 0; k < parameters.length; k++) {
    const p = parameters[k] as Float64Array;
    for (let i = 0; i < p.length; i++) {
      const v = p[i] as number;
      if (v - v !== 0)
        throw new DivergenceError(iteration, `${k % 2 === 0 ? 'W' : 'b'}${Math.floor(k / 2) + 1}[${i}]`, v);
    }
  }
}
