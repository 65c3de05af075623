import { fail } from '@nninit/internal';
import { ZIGGURAT_R } from '../ziggurat/zigguratX.js';
import { robertAlpha } from './robert.js';

/**
 * The largest −log u of the open uniforms u ∈ (0, 1] the samplers take logarithms of: u is
 * 1 − k·2⁻⁵³ with k < 2⁵³, so u ≥ 2⁻⁵³ and −log u ≤ 53·ln 2 ≈ 36.74.
 */
export const LARGEST_EXPONENTIAL = 53 * Math.LN2;

/**
 * The largest |z| the Philox ziggurat can return, 12.590684479331077 (plus a 10⁻⁹ margin for
 * the last roundings). Every layer but the base returns less than R = 4.038849846109504; the
 * tail (Marsaglia 1964) returns R + x with x = −log(u₁)/R, kept only when x² < 2·(−log u₂).
 * An open uniform is 1 − m·2⁻⁵³, a multiple of 2⁻⁵³, so −log u₂ ≤ 53·ln 2 and x² < 73.47; x falls
 * as u₁ = k·2⁻⁵³ grows, and the first k whose x passes (k = 9, x = 8.551834633221573) gives the
 * largest draw. Computed here from R, so the bound follows the table.
 *
 * Reference: Marsaglia & Tsang 2000, "The ziggurat method for generating random variables",
 * J. Stat. Softw. 5(8), §2 (the tail).
 */
export const ZIGGURAT_LARGEST = largestZigguratTail();

function largestZigguratTail(): number {
  for (let k = 1; ; k++) {
    const x = (LARGEST_EXPONENTIAL - Math.log(k)) / ZIGGURAT_R;
    if (x * x < 2 * LARGEST_EXPONENTIAL) return ZIGGURAT_R + x + 1e-9;
  }
}

/**
 * The largest |z| numpy's polar method (RandomState) can return: z = x·√(−2·log(r²)/r²) with
 * |x| ≤ r, so |z| ≤ √(−2·log r²); x = 2u − 1 with u a multiple of 2⁻⁵³ makes every non-zero |x|
 * at least 2⁻⁵², so r² ≥ 2⁻¹⁰⁴ and |z| ≤ √(208·ln 2) ≈ 12.0073. A 10⁻⁹ margin covers roundings.
 */
export const POLAR_LARGEST = Math.sqrt(208 * Math.LN2) + 1e-9;

/** The larger of the two: the bound used for a source that is neither (its own fills decide). */
export const NORMAL_LARGEST = Math.max(ZIGGURAT_LARGEST, POLAR_LARGEST);

/**
 * The largest standard truncated normal on [a, ∞) any of nninit's samplers can return: a normal
 * proposal's largest (`normalLargest`), or, for a > 0, Robert's exponential proposal
 * a + (−log u)/α (see `robertSampler`).
 */
function truncatedLargest(a: number, normalLargest: number): number {
  return a > 0 ? Math.max(normalLargest, a + LARGEST_EXPONENTIAL / robertAlpha(a)) : normalLargest;
}

/** Whether v rounds to a finite value of the output type. */
function finiteIn(v: number, single: boolean): boolean {
  return Number.isFinite(single ? Math.fround(v) : v);
}

/**
 * Rejects an affine draw x = mean + std·z, z ∈ [−normalLargest, normalLargest], that could round
 * outside the output type's finite range: a RangeError naming the parameter and the dtype.
 */
export function validateNormalRange(
  fn: string,
  single: boolean,
  mean: number,
  std: number,
  normalLargest: number,
  names: { mean: string; std: string } = { mean: 'mean', std: 'std' },
): void {
  const dtype = single ? 'float32' : 'float64';
  if (!finiteIn(mean, single)) throw fail(RangeError, fn, names.mean, `finite in ${dtype} output`, mean);
  const reach = std * normalLargest;
  if (!finiteIn(mean + reach, single) || !finiteIn(mean - reach, single)) {
    throw fail(
      RangeError,
      fn,
      names.std,
      `such that ${names.mean} ± ${names.std}·${normalLargest.toFixed(4)} (the sampler's largest |z|) is finite in ${dtype} output (${names.mean} = ${mean})`,
      std,
    );
  }
}

/** Rejects a uniform interval [low, high) whose width overflows, or whose ends are not finite in the output type. */
export function validateUniformRange(fn: string, single: boolean, low: number, high: number): void {
  const dtype = single ? 'float32' : 'float64';
  if (!finiteIn(low, single)) throw fail(RangeError, fn, 'low', `finite in ${dtype} output`, low);
  if (!finiteIn(high, single)) throw fail(RangeError, fn, 'high', `finite in ${dtype} output`, high);
  // numpy raises OverflowError for such a range; so does every uniform here.
  if (!Number.isFinite(high - low)) throw new RangeError(`${fn}: high − low must be finite, got ${high} − ${low}`);
}

/**
 * Rejects a truncated normal x = mean + std·z, z on [a, b] = the standardized [low, high], clamped
 * to [low, high], that could round outside the output type's finite range. The reachable z are
 * bounded by the interval's finite ends and, at an infinite end, by {@link truncatedLargest}.
 */
export function validateTruncatedRange(
  fn: string,
  single: boolean,
  mean: number,
  std: number,
  low: number,
  high: number,
  normalLargest: number,
): void {
  const dtype = single ? 'float32' : 'float64';
  const a = (low - mean) / std;
  const b = (high - mean) / std;
  const top = Math.min(high, mean + std * Math.min(b, truncatedLargest(a, normalLargest)));
  const bottom = Math.max(low, mean - std * Math.min(-a, truncatedLargest(-b, normalLargest)));
  for (const [side, value, bound] of [
    ['high', top, high],
    ['low', bottom, low],
  ] as const) {
    if (finiteIn(value, single)) continue;
    if (Number.isFinite(bound)) throw fail(RangeError, fn, side, `finite in ${dtype} output`, bound);
    throw fail(
      RangeError,
      fn,
      'std',
      `such that the values reachable with ${side} = ${bound} are finite in ${dtype} output (mean = ${mean})`,
      std,
    );
  }
}
