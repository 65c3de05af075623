import { NORMAL_LARGEST } from './internal/sampling/finiteRange.js';

/**
 * The largest |z| any standard normal draw of @nninit/rng can take: 12.590684479331077 (plus a
 * 10⁻⁹ margin), from the Philox ziggurat's tail; numpy's polar method (`RandomState`) stays
 * below √(208·ln 2) = 12.0073. A fill of N(mean, std²) therefore writes values within
 * |mean| + std·MAX_NORMAL_DRAW, which is how nninit decides, before drawing, whether a
 * parameter would overflow the output dtype.
 *
 * @example
 * ```ts
 * MAX_NORMAL_DRAW; // 12.590684480331078
 * ```
 */
export const MAX_NORMAL_DRAW: number = NORMAL_LARGEST;
