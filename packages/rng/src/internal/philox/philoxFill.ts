import { applyAffine, isIdentity } from '../sampling/Affine.js';
import type { SamplingPlan } from '../sampling/SamplingPlan.js';
import { type TruncatedNormalSampler, truncatedNormalSampler } from '../sampling/truncatedNormalSampler.js';
import { zigguratNormal } from '../ziggurat/zigguratNormal.js';
import { ZIGGURAT_X as ZX } from '../ziggurat/zigguratX.js';
import { computeWords, MAX_BLOCKS } from './computeWords.js';
import { ElementDraws } from './ElementDraws.js';
import { DOMAIN_NORMAL, DOMAIN_UNIFORM, TWO_POW_MINUS_24, uniform53 } from './streamLayout.js';

// Reused by every fill; fills are synchronous, so no two ever share them. Converters always write
// float64 into `values`; `out.set` then copies (and for float32, rounds once) natively. One value
// type per loop keeps V8's element accesses monomorphic, which is faster than writing into a
// Float32Array | Float64Array union from the same loop.
const values = new Float64Array(2 * MAX_BLOCKS);
const draws = new ElementDraws();

/**
 * Converts `count` elements whose draw-0 bits are words[2·(first + e)], words[2·(first + e) + 1]
 * into values[e]; `index` is the stream index of the first element.
 */
type Converter = (words: Uint32Array, first: number, count: number, index: number, k0: number, k1: number) => void;

function fill(
  k0: number,
  k1: number,
  domain: number,
  start: number,
  out: Float32Array | Float64Array,
  convert: Converter,
  plan: SamplingPlan,
): void {
  const n = out.length;
  const lastBlock = Math.floor((start + n - 1) / 2);
  for (let done = 0; done < n; ) {
    const block = Math.floor((start + done) / 2);
    const { words, n: nBlocks } = computeWords(k0, k1, 0, domain, block, lastBlock - block + 1);
    const first = start + done - 2 * block;
    const count = Math.min(n - done, 2 * nBlocks - first);
    convert(words, first, count, start + done, k0, k1);
    applyAffine(values, count, plan.transform);
    out.set(count === values.length ? values : values.subarray(0, count), done);
    done += count;
  }
}

const uniform64: Converter = (words, first, count) => {
  for (let e = 0, w = 2 * first; e < count; e++, w += 2)
    values[e] = uniform53(words[w] as number, words[w + 1] as number);
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
      // predictor, and the branch-free form avoids its mispredictions.
      values[e] = x * (1 - ((a >>> 9) & 2));
    } else {
      draws.reset(k0, k1, DOMAIN_NORMAL, index + e);
      values[e] = zigguratNormal(a, b, draws);
    }
  }
};

/**
 * Fills out with elements start … start + out.length − 1 of the plan's kind of draws (see
 * streamLayout.ts), transformed by the plan's affine map in float64 and rounded once. Uniforms
 * into a Float32Array without a transform take the 24-bit float32 draw; with a transform, the
 * 53-bit one.
 */
export function philoxFill(
  plan: SamplingPlan,
  k0: number,
  k1: number,
  start: number,
  out: Float32Array | Float64Array,
): void {
  if (plan.kind === 'uniform') {
    const convert = out instanceof Float32Array && isIdentity(plan.transform) ? uniform32 : uniform64;
    fill(k0, k1, DOMAIN_UNIFORM, start, out, convert, plan);
  } else if (plan.kind === 'normal') {
    fill(k0, k1, DOMAIN_NORMAL, start, out, normal, plan);
  } else {
    fill(k0, k1, DOMAIN_NORMAL, start, out, truncated(truncatedNormalSampler(plan.low, plan.high)), plan);
  }
}

function truncated(sampler: TruncatedNormalSampler): Converter {
  return (words, first, count, index, k0, k1) => {
    for (let e = 0, w = 2 * first; e < count; e++, w += 2) {
      draws.reset(k0, k1, DOMAIN_NORMAL, index + e);
      values[e] = sampler(words[w] as number, words[w + 1] as number, draws);
    }
  };
}
