import type { DType } from '@nninit/tensor';

/** The largest finite value of each dtype. */
export const LARGEST_FINITE: Readonly<Record<DType, number>> = {
  float32: 3.4028234663852886e38,
  float64: Number.MAX_VALUE,
};

/**
 * How many standard deviations a standard normal draw can reach, with room to spare: a sampler
 * fed 53-bit uniforms cannot exceed about 8.6σ with the polar method (√(−2 ln 2⁻⁵³)) and less
 * with a ziggurat tail, so |offset| + 40·σ bounds every value a normal draw produces.
 */
export const NORMAL_REACH = 40;
