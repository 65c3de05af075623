import { innerBound } from '../float/innerBound.js';
import { largestBelow } from '../float/largestBelow.js';
import { validateFinite, validateFloatArray, validateInterval } from '../validation.js';
import { type Affine, IDENTITY } from './Affine.js';
import { validateNormalRange, validateTruncatedRange, validateUniformRange } from './finiteRange.js';

/**
 * What a sampler draws, validated: standard draws of one kind (for truncated normals, on the
 * standardized interval [low, high]) and the affine map applied to them. Shared by the samplers
 * on the calling thread and by {@link FillPool}'s workers, so both give the same bits.
 */
export interface SamplingPlan {
  readonly kind: 'uniform' | 'normal' | 'truncatedNormal';
  readonly transform: Affine;
  /** The standardized truncation interval (truncatedNormal only). */
  readonly low: number;
  readonly high: number;
}

/** N(mean, std²): z ↦ mean + std·z. */
export function normalSamplingPlan(
  fn: string,
  out: unknown,
  mean: number,
  std: number,
  normalLargest: number,
): SamplingPlan {
  validateFloatArray(fn, 'out', out);
  validateFinite(fn, 'mean', mean);
  validateFinite(fn, 'std', std);
  if (std < 0) throw new RangeError(`${fn}: std must be non-negative, got ${std}`);
  validateNormalRange(fn, out instanceof Float32Array, mean, std, normalLargest);
  const transform = mean === 0 && std === 1 ? IDENTITY : { shift: mean, scale: std, low: -Infinity, high: Infinity };
  return { kind: 'normal', transform, low: -Infinity, high: Infinity };
}

/** U[low, high): u ↦ low + (high − low)·u, kept below `high` (and at or above `low`) in out's type. */
export function uniformSamplingPlan(fn: string, out: unknown, low: number, high: number): SamplingPlan {
  validateFloatArray(fn, 'out', out);
  validateInterval(fn, low, high, false);
  const single = out instanceof Float32Array;
  validateUniformRange(fn, single, low, high);
  const width = high - low;
  const transform = { shift: low, scale: width, low: innerBound(low, single, -1), high: largestBelow(high, single) };
  return { kind: 'uniform', transform, low: 0, high: 1 };
}

/** N(mean, std²) conditioned on [low, high]: truncated z ↦ mean + std·z, clamped to the bounds in out's type. */
export function truncatedNormalSamplingPlan(
  fn: string,
  out: unknown,
  mean: number,
  std: number,
  low: number,
  high: number,
  normalLargest: number,
): SamplingPlan {
  validateFloatArray(fn, 'out', out);
  validateFinite(fn, 'mean', mean);
  validateFinite(fn, 'std', std);
  if (!(std > 0)) throw new RangeError(`${fn}: std must be positive, got ${std}`);
  validateInterval(fn, low, high, true);
  const a = (low - mean) / std;
  const b = (high - mean) / std;
  if (!(a < b)) {
    throw new RangeError(
      `${fn}: the interval must have width at float64 precision, got [${low}, ${high}] for std ${std}`,
    );
  }
  const single = out instanceof Float32Array;
  validateTruncatedRange(fn, single, mean, std, low, high, normalLargest);
  const transform = { shift: mean, scale: std, low: innerBound(low, single, -1), high: innerBound(high, single, 1) };
  return { kind: 'truncatedNormal', transform, low: a, high: b };
}
