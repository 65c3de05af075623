import { ElementDraws } from './ElementDraws.js';
import { philoxWords } from './philoxWords.js';
import { DOMAIN_NORMAL, DOMAIN_UNIFORM, TWO_POW_MINUS_24, uniform53 } from './streamLayout.js';
import type { TruncatedNormalSampler } from './truncatedNormalSampler.js';
import { zigguratNormal } from './zigguratNormal.js';
import { ZIGGURAT_X as ZX } from './zigguratTables.js';

/** Counter blocks computed per pass: 8192 words (32 KiB) stay in the L1/L2 cache. */
const CHUNK_BLOCKS = 2048;
// Reused by every fill; fills are synchronous, so no two ever share it.
const words = new Uint32Array(4 * CHUNK_BLOCKS);
const draws = new ElementDraws();

/**
 * Runs `body(first, offset, count)` over the draw-0 words of elements start … start + n − 1 of
 * `domain`, chunk by chunk: element `start + offset + e` has its 64 bits at
 * words[2·(first + e)], words[2·(first + e) + 1].
 */
function forEachChunk(
  k0: number, k1: number, domain: number, start: number, n: number,
  body: (first: number, offset: number, count: number) => void,
): void {
  const lastBlock = Math.floor((start + n - 1) / 2);
  for (let done = 0; done < n; ) {
    const block = Math.floor((start + done) / 2);
    const nBlocks = Math.min(CHUNK_BLOCKS, lastBlock - block + 1);
    philoxWords(k0, k1, 0, domain, block, nBlocks, words);
    const first = start + done - 2 * block;
    const count = Math.min(n - done, 2 * nBlocks - first);
    body(first, done, count);
    done += count;
  }
}

/** Uniforms for elements start … start + out.length − 1 (see streamLayout.ts). @internal */
export function philoxFillUniform(k0: number, k1: number, start: number, out: Float32Array | Float64Array): void {
  const single = out instanceof Float32Array;
  forEachChunk(k0, k1, DOMAIN_UNIFORM, start, out.length, (first, offset, count) => {
    for (let e = 0, w = 2 * first; e < count; e++, w += 2) {
      const a = words[w] as number;
      out[offset + e] = single ? (a >>> 8) * TWO_POW_MINUS_24 : uniform53(a, words[w + 1] as number);
    }
  });
}

/** Standard normals for elements start … start + out.length − 1, by the ziggurat. @internal */
export function philoxFillNormal(k0: number, k1: number, start: number, out: Float32Array | Float64Array): void {
  forEachChunk(k0, k1, DOMAIN_NORMAL, start, out.length, (first, offset, count) => {
    for (let e = 0, w = 2 * first; e < count; e++, w += 2) {
      const a = words[w] as number;
      const b = words[w + 1] as number;
      // The ziggurat's fast path, inlined: accepted ~98.8 % of the time without another draw.
      const layer = a & 0xff;
      const x = ((a >>> 11) * 4294967296 + b) * 2 ** -53 * (ZX[layer] as number);
      if (x < (ZX[layer + 1] as number)) {
        out[offset + e] = (a & 0x100) !== 0 ? -x : x;
      } else {
        draws.reset(k0, k1, DOMAIN_NORMAL, start + offset + e);
        out[offset + e] = zigguratNormal(a, b, draws);
      }
    }
  });
}

/** Truncated standard normals for elements start … start + out.length − 1. @internal */
export function philoxFillTruncatedNormal(
  k0: number, k1: number, start: number, out: Float32Array | Float64Array, sampler: TruncatedNormalSampler,
): void {
  forEachChunk(k0, k1, DOMAIN_NORMAL, start, out.length, (first, offset, count) => {
    for (let e = 0, w = 2 * first; e < count; e++, w += 2) {
      draws.reset(k0, k1, DOMAIN_NORMAL, start + offset + e);
      out[offset + e] = sampler(words[w] as number, words[w + 1] as number, draws);
    }
  });
}
