import * as fc from 'fast-check';

/**
 * Seeds for samplers: unsigned 32-bit integers, 0 included (0 is a valid seed; docs/design.md's
 * defaults-with-`??` rule exists because of it), shrinking towards 0.
 *
 * Reference: fast-check `fc.integer`; Philox keys take 32-bit words (Salmon et al. 2011).
 *
 * @example
 * fc.sample(arbitrarySeed(), { seed: 42, numRuns: 2 }); // [4294967272, 1152992794]
 */
export function arbitrarySeed(): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: 0xffff_ffff });
}
