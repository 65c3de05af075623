/**
 * The PhiloxSource stream layout, version 1. Changing anything here changes every value drawn from a
 * `philox(seed)` source: bump STREAM_LAYOUT_VERSION (src/STREAM_LAYOUT_VERSION.ts) and say so in the changelog.
 *
 * Element i of a fill (i counts elements from the start of the source's stream, across calls)
 * takes its bits from counter blocks (⌊i/2⌋ mod 2³², ⌊i/2⌋ / 2³², d, domain), words 2·(i mod 2)
 * and 2·(i mod 2) + 1: 64 bits per element per draw d. Draw 0 serves almost every element;
 * rejection samplers (the ziggurat's wedges and tail, truncated normals) continue with draws
 * 1, 2, … of the same element. So element i is a pure function of (key, i), whether the fill is
 * done at once, in pieces, or by several workers.
 */
export { STREAM_LAYOUT_VERSION } from '../../STREAM_LAYOUT_VERSION.js';

/** Domain tags (counter word c₃) that keep the streams of different samplers apart. */
export const DOMAIN_UNIFORM = 0;
/** Normal and truncated-normal draws. */
export const DOMAIN_NORMAL = 1;
/** Raw 32-bit words (`fillUint32`, the stream for external test batteries): word j is word j mod 4 of block ⌊j/4⌋. */
export const DOMAIN_RAW = 2;
/** Key derivation from a numeric label (c₀, c₁ = the label, c₂ = 0). */
export const DOMAIN_FORK_NUMBER = 0x80000001;
/** Key derivation from a string label, one block per 4 UTF-8 bytes (c₀ = bytes, c₁ = index, c₂ = byte length). */
export const DOMAIN_FORK_STRING = 0x80000002;

/** 2⁻⁵³ and 2⁻²⁴, the weights of the lowest bit of a float64 and of a float32 uniform. */
export const TWO_POW_MINUS_53 = 2 ** -53;
export const TWO_POW_MINUS_24 = 2 ** -24;

/**
 * A float64 uniform in [0, 1) from the 53 high bits of (a, b): numpy's formula
 * ((a >>> 5)·2²⁶ + (b >>> 6))·2⁻⁵³. Its float32 counterpart is (a >>> 8)·2⁻²⁴, the same draw
 * truncated to 24 bits, so float32 and float64 fills agree to float32 precision.
 */
export function uniform53(a: number, b: number): number {
  return ((a >>> 5) * 67108864 + (b >>> 6)) * TWO_POW_MINUS_53;
}
