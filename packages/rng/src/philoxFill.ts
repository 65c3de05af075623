import { computeWords, MAX_BLOCKS } from './computeWords.js';
import { ElementDraws } from './ElementDraws.js';
import { DOMAIN_NORMAL, DOMAIN_UNIFORM, TWO_POW_MINUS_24, uniform53 } from './streamLayout.js';
import type { TruncatedNormalSampler } from './truncatedNormalSampler.js';
import { zigguratNormal } from './zigguratNormal.js';
import { ZIGGURAT_X as ZX } from './zigguratTables.js';

// Reused by every fill; fills are synchronous, so no two ever share them. Converters always write
// float64 into `values`; `out.set` then copies (and for float32, rounds once) natively. One value
// type per loop keeps V8's element accesses monomorphic: about 3× faster than writing into a
// Float32Array | Float64Array union from the same loop.
const values = new Float64Array(2 * MAX_BLOCKS);
const draws = new ElementDraws();

/**
 * Converts `count` elements whose draw-0 bits are words[2·(first + e)], words[2·(first + e) + 1]
 * into values[e]; `index` is the stream index of the first element.
 */
type Converter = (words: Uint32Array, first: number, count: number, index: number, k0: number, k1: number) => void;

function fill(
  k0: number, k1: number, domain: number, start: number, out: Float32Array | Float64Array, convert: Converter,
): void {
  const n = out.length;
  const lastBlock = Math.floor((start + n - 1) / 2);
  for (let done = 0; done < n; ) {
    const block = Math.floor((start + done) / 2);
    const { words, n: nBlocks } = computeWords(k0, k1, 0, domain, block, lastBlock - block + 1);
    const first = start + done - 2 * block;
    const count = Math.min(n - done, 2 * nBlocks - first);
    convert(words, first, count, start + done, k0, k1);
    out.set(count === values.length ? values : values.subarray(0, count), done);
    done += count;
  }
}

const uniform64: Converter = (words, first, count) => {
  for (let e = 0, w = 2 * first; e < count; e++, w += 2) values[e] = uniform53(words[w] as number, words[w + 1] as number);
};

const uniform32: Converter = (words, first, count) => {
  for (let e = 0, w = 2 * first; e < count; e++, w += 2) values[e] = ((words[w] as number) >>> 8) * TWO_POW_MINUS_24;
};

const normal: Converter = (words, first, count, index, k0, k1) => {
  for (let e = 0, w = 2 * first; e < count; e++, w += 2) {
    const a = words[w] as number;
    const b = words[w + 1] as number;
    // The ziggurat's fast path, inlined: accepted 99.57 % of the time without another draw.
    const layer = a & 0x3ff;
    const x = ((a >>> 11) * 4294967296 + b) * 2 ** -53 * (ZX[layer] as number);
    if (x < (ZX[layer + 1] as number)) {
      // Sign bit 10 as ±1 without a branch: a random sign is a coin flip for the branch
      // predictor, and this loop was a third faster without it.
      values[e] = x * (1 - ((a >>> 9) & 2));
    } else {
      draws.reset(k0, k1, DOMAIN_NORMAL, index + e);
      values[e] = zigguratNormal(a, b, draws);
    }
  }
};

/** Uniforms for elements start … start + out.length − 1 (see streamLayout.ts). @internal */
export function philoxFillUniform(k0: number, k1: number, start: number, out: Float32Array | Float64Array): void {
  fill(k0, k1, DOMAIN_UNIFORM, start, out, out instanceof Float32Array ? uniform32 : uniform64);
}

/** Standard normals for elements start … start + out.length − 1, by the ziggurat. @internal */
export function philoxFillNormal(k0: number, k1: number, start: number, out: Float32Array | Float64Array): void {
  fill(k0, k1, DOMAIN_NORMAL, start, out, normal);
}

/** Truncated standard normals for elements start … start + out.length − 1. @internal */
export function philoxFillTruncatedNormal(
  k0: number, k1: number, start: number, out: Float32Array | Float64Array, sampler: TruncatedNormalSampler,
): void {
  fill(k0, k1, DOMAIN_NORMAL, start, out, (words, first, count, index) => {
    for (let e = 0, w = 2 * first; e < count; e++, w += 2) {
      draws.reset(k0, k1, DOMAIN_NORMAL, index + e);
      values[e] = sampler(words[w] as number, words[w + 1] as number, draws);
    }
  });
}
