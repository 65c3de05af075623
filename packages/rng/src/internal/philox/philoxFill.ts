import { type Affine, applyAffine, isIdentity } from '../sampling/Affine.js';
import type { SamplingPlan } from '../sampling/SamplingPlan.js';
import { type TruncatedNormalSampler, truncatedNormalSampler } from '../sampling/truncatedNormalSampler.js';
import { zigguratNormal } from '../ziggurat/zigguratNormal.js';
import { ZIGGURAT_X } from '../ziggurat/zigguratX.js';
import { computeUniform32, computeUniform64, computeWords, MAX_BLOCKS } from './computeWords.js';
import { ElementDraws } from './ElementDraws.js';
import { DOMAIN_NORMAL, DOMAIN_UNIFORM } from './streamLayout.js';

// Module-local copies of what the hot loops read. An imported binding is a live view of another
// module's export: native ESM resolves it once, but a test runner that transforms modules (Vite's
// module runner, under vitest) reads it through a getter on the exporting module's namespace
// object at every access, which made the ziggurat's table read per element 3× slower inside a
// vitest test than in plain Node (`pnpm bench runner` measures both). A local const is read
// directly in every runtime.
const ZX = ZIGGURAT_X;

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
    if (out instanceof Float32Array) uniformInto32(k0, k1, start, out, plan.transform);
    else uniformInto64(k0, k1, start, out, plan.transform);
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

// Uniforms are converted straight into `out`, one function per output type so that each loop's
// element stores stay monomorphic: no float64 scratch pass and no copy. Each value is computed as
// `applyAffine` computes it (in float64, the same branches) and rounded once by the store.

/**
 * Uniform float64 fill: the 53-bit draws ((a ≫ 5)·2²⁶ + (b ≫ 6))·2⁻⁵³, converted by the Philox
 * kernel itself (computeUniform64), then copied, or transformed, into `out`.
 */
function uniformInto64(k0: number, k1: number, start: number, out: Float64Array, t: Affine): void {
  const n = out.length;
  const lastBlock = Math.floor((start + n - 1) / 2);
  const { shift, scale, low, high } = t;
  const plain = isIdentity(t);
  const unclamped = low === -Infinity && high === Infinity;
  for (let done = 0; done < n; ) {
    const block = Math.floor((start + done) / 2);
    const { values: u, n: nBlocks } = computeUniform64(k0, k1, DOMAIN_UNIFORM, block, lastBlock - block + 1);
    const first = start + done - 2 * block;
    const count = Math.min(n - done, 2 * nBlocks - first);
    if (plain) out.set(u.subarray(first, first + count), done);
    else
      for (let e = 0; e < count; e++)
        out[done + e] = affine(u[first + e] as number, shift, scale, low, high, unclamped);
    done += count;
  }
}

/**
 * Uniform float32 fill: without a transform the 24-bit draw (a ≫ 8)·2⁻²⁴ (exact in float32, never
 * 1), converted by the kernel and copied; with one, the 53-bit draw transformed in float64 and
 * rounded once.
 */
function uniformInto32(k0: number, k1: number, start: number, out: Float32Array, t: Affine): void {
  const n = out.length;
  const lastBlock = Math.floor((start + n - 1) / 2);
  const { shift, scale, low, high } = t;
  const plain = isIdentity(t);
  const unclamped = low === -Infinity && high === Infinity;
  for (let done = 0; done < n; ) {
    const block = Math.floor((start + done) / 2);
    const first = start + done - 2 * block;
    if (plain) {
      const { values: u, n: nBlocks } = computeUniform32(k0, k1, DOMAIN_UNIFORM, block, lastBlock - block + 1);
      const count = Math.min(n - done, 2 * nBlocks - first);
      out.set(u.subarray(first, first + count), done);
      done += count;
    } else {
      const { values: u, n: nBlocks } = computeUniform64(k0, k1, DOMAIN_UNIFORM, block, lastBlock - block + 1);
      const count = Math.min(n - done, 2 * nBlocks - first);
      for (let e = 0; e < count; e++)
        out[done + e] = affine(u[first + e] as number, shift, scale, low, high, unclamped);
      done += count;
    }
  }
}

/** One value of {@link applyAffine}, with the same operations in the same order. */
function affine(u: number, shift: number, scale: number, low: number, high: number, unclamped: boolean): number {
  if (unclamped) return shift === 0 ? scale * u : shift + scale * u;
  return shift === 0 ? Math.min(Math.max(scale * u, low), high) : Math.min(Math.max(shift + scale * u, low), high);
}
