/**
 * The last step of every sampler: v ↦ clamp(shift + scale·v, low, high), computed in float64.
 * With shift 0 the value is exactly scale·v (numpy's `randn(...) * std`, sign of zero included).
 * The clamp only undoes the final rounding of shift + scale·v at an interval's ends.
 */
export interface Affine {
  readonly shift: number;
  readonly scale: number;
  readonly low: number;
  readonly high: number;
}

/** No transform: the standard draws themselves. */
export const IDENTITY: Affine = Object.freeze({ shift: 0, scale: 1, low: -Infinity, high: Infinity });

/** Whether `t` changes nothing (compared by value: plans are copied to worker threads). */
export function isIdentity(t: Affine): boolean {
  return t.shift === 0 && t.scale === 1 && t.low === -Infinity && t.high === Infinity;
}

/** Applies `t` to values[0 … count − 1] in place. */
export function applyAffine(values: Float64Array, count: number, t: Affine): void {
  if (isIdentity(t)) return;
  const { shift, scale, low, high } = t;
  if (low === -Infinity && high === Infinity) {
    // Normals: no clamp to apply (the common case, and the hot one for weight initialization).
    if (shift === 0) for (let i = 0; i < count; i++) values[i] = scale * (values[i] as number);
    else for (let i = 0; i < count; i++) values[i] = shift + scale * (values[i] as number);
  } else if (shift === 0) {
    for (let i = 0; i < count; i++) values[i] = Math.min(Math.max(scale * (values[i] as number), low), high);
  } else {
    for (let i = 0; i < count; i++) values[i] = Math.min(Math.max(shift + scale * (values[i] as number), low), high);
  }
}
