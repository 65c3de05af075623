import { allocate, formatValue } from '@nninit/internal';
import { glibcLog as importedGlibcLog } from './internal/glibcLog/glibcLog.js';
import { MT19937 } from './internal/mt19937/MT19937.js';
import {
  POLAR_LARGEST,
  validateNormalRange,
  validateTruncatedRange,
  validateUniformRange,
} from './internal/sampling/finiteRange.js';
import { plainRejectionSuffices, robertSampler } from './internal/sampling/robert.js';
import { validateFinite, validateFloatArray, validateInterval, validateSize } from './internal/validation.js';
import type { RandomSource } from './RandomSource.js';

// A module-local copy of the logarithm the polar method calls for every pair: a module-transforming
// runner (vitest's) reads an imported binding through a getter at each access (see philoxFill.ts).
const glibcLog = importedGlibcLog;

/**
 * numpy's legacy `np.random.RandomState`, bit for bit: MT19937 seeded by `init_genrand`, 53-bit
 * doubles, and the Marsaglia polar method for Gaussians with its cached second value. A numpy
 * notebook that calls `np.random.seed(s)` and then `rand`, `randn`, `normal`, `uniform`,
 * `permutation` or `shuffle` can be reproduced exactly, in the same order of calls.
 *
 * Exactness needs glibc's own logarithm (V8's Math.log differs in the last bit for ~3 % of
 * inputs); see {@link glibcLog}. Reproduces numpy on x86-64 Linux (glibc ≥ 2.28, CPUs with FMA).
 *
 * It is also a {@link RandomSource}: `fillNormal` consumes the stream exactly as `randn` does and
 * `fillUniform` as `rand` (float32 output keeps the top 24 of the 53 bits, so it is never 1).
 *
 * @example
 * ```ts
 * const rs = new RandomState(3);
 * rs.randn(2); // Float64Array [1.7886284734303186, 0.43650985051198943]  (np.random.seed(3); np.random.randn(2))
 * ```
 */
export class RandomState implements RandomSource {
  /** The largest n {@link RandomState.permutation} accepts: 2²⁶. */
  static readonly MAX_PERMUTATION = 2 ** 26;

  readonly #mt: MT19937;
  #hasGauss = false;
  #gauss = 0;

  /** @param seed - an integer in [0, 2³²), as numpy requires */
  constructor(seed: number) {
    if (typeof seed !== 'number') {
      throw new TypeError(`RandomState: seed must be an integer in [0, 2^32), got ${formatValue(seed)}`);
    }
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`RandomState: seed must be an integer in [0, 2^32), got ${seed}`);
    }
    this.#mt = new MT19937(seed);
  }

  /** `np.random.rand(size)`: U[0, 1) doubles with 53 random bits. */
  rand(size: number): Float64Array {
    validateSize('RandomState.rand', 'size', size);
    const out = allocate('RandomState.rand', `size = ${size}`, Float64Array, size);
    this.#mt.fillDoubles(out, 0, size);
    return out;
  }

  /** `np.random.randn(size)`: standard normals by the polar method. */
  randn(size: number): Float64Array {
    validateSize('RandomState.randn', 'size', size);
    const out = allocate('RandomState.randn', `size = ${size}`, Float64Array, size);
    this.#fillGauss(out, 0, 1);
    return out;
  }

  /** `np.random.normal(loc, scale, size)`: loc + scale·z, z from {@link RandomState.randn}'s stream. */
  normal(loc: number, scale: number, size: number): Float64Array {
    validateFinite('RandomState.normal', 'loc', loc);
    validateFinite('RandomState.normal', 'scale', scale);
    // numpy tests the sign bit (np.signbit(scale)), so −0 is refused as well.
    if (scale < 0 || Object.is(scale, -0)) {
      throw new RangeError(`RandomState.normal: scale must be non-negative, got ${formatValue(scale)}`);
    }
    validateNormalRange('RandomState.normal', false, loc, scale, POLAR_LARGEST, { mean: 'loc', std: 'scale' });
    validateSize('RandomState.normal', 'size', size);
    const out = allocate('RandomState.normal', `size = ${size}`, Float64Array, size);
    this.#fillGauss(out, loc, scale);
    return out;
  }

  /** `np.random.uniform(low, high, size)`: low + (high − low)·u. */
  uniform(low: number, high: number, size: number): Float64Array {
    validateFinite('RandomState.uniform', 'low', low);
    validateFinite('RandomState.uniform', 'high', high);
    validateUniformRange('RandomState.uniform', false, low, high);
    validateSize('RandomState.uniform', 'size', size);
    const range = high - low;
    const out = allocate('RandomState.uniform', `size = ${size}`, Float64Array, size);
    for (let i = 0; i < size; i++) out[i] = low + range * this.#mt.nextDouble();
    return out;
  }

  /**
   * `np.random.permutation(n)`: a shuffled 0, 1, …, n − 1, for n ≤ {@link RandomState.MAX_PERMUTATION}
   * (2²⁶: the plain array of numbers it returns then takes about 512 MiB; shuffle a typed array
   * in place for more).
   */
  permutation(n: number): number[] {
    validateSize('RandomState.permutation', 'n', n);
    if (n > RandomState.MAX_PERMUTATION) {
      throw new RangeError(
        `RandomState.permutation: n must be at most 2^26 = ${RandomState.MAX_PERMUTATION}, got ${n}`,
      );
    }
    const values = Array.from({ length: n }, (_, i) => i);
    this.shuffle(values);
    return values;
  }

  /**
   * `np.random.shuffle(x)` for a 1-D array, in place: Fisher–Yates from the end, with numpy's
   * `random_interval` (mask-and-reject on 32-bit outputs) drawing each swap index.
   */
  shuffle<T>(values: T[] | Float32Array | Float64Array | Int32Array | Uint32Array): void {
    if (!Array.isArray(values) && !(ArrayBuffer.isView(values) && !(values instanceof DataView))) {
      throw new TypeError(`RandomState.shuffle: values must be an array or typed array, got ${formatValue(values)}`);
    }
    const x = values as unknown[];
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.#interval(i);
      const tmp = x[i];
      x[i] = x[j];
      x[j] = tmp;
    }
  }

  fillUniform(out: Float32Array | Float64Array): void {
    validateFloatArray('RandomState.fillUniform', 'out', out);
    if (out instanceof Float64Array) {
      this.#mt.fillDoubles(out, 0, out.length);
    } else {
      // Truncate to the top 24 bits: rounding a double near 1 to float32 could give 1.
      for (let i = 0; i < out.length; i++) out[i] = Math.floor(this.#mt.nextDouble() * 16777216) / 16777216;
    }
  }

  fillNormal(out: Float32Array | Float64Array): void {
    validateFloatArray('RandomState.fillNormal', 'out', out);
    if (out instanceof Float64Array) this.#fillGauss(out, 0, 1);
    else for (let i = 0; i < out.length; i++) out[i] = this.#nextGauss();
  }

  /**
   * Standard normals conditioned on [low, high], exactly and with bounded expected cost:
   *
   * - while P(low ≤ Z ≤ high) is at least 2⁻¹⁶ (decided from a lower bound of it, see
   *   `plainRejectionSuffices`), by plain rejection from this stream's Gaussians: the values are
   *   the stream's `randn` values that fall inside, in order;
   * - otherwise (far tails, very narrow intervals) by Robert's exact samplers (Robert,
   *   "Simulation of truncated normal variables", Statistics and Computing 5, 1995): an
   *   exponential proposal for a tail, a uniform one for a narrow interval, each attempt taking
   *   two uniforms 1 − `rand()` ∈ (0, 1] from the stream. Any bounds work, ±10³⁰⁰ included.
   */
  fillTruncatedNormal(out: Float32Array | Float64Array, low: number, high: number): void {
    validateFloatArray('RandomState.fillTruncatedNormal', 'out', out);
    validateInterval('RandomState.fillTruncatedNormal', low, high, true);
    validateTruncatedRange(
      'RandomState.fillTruncatedNormal',
      out instanceof Float32Array,
      0,
      1,
      low,
      high,
      POLAR_LARGEST,
    );
    if (plainRejectionSuffices(low, high)) {
      for (let i = 0; i < out.length; i++) {
        let z: number;
        do z = this.#nextGauss();
        while (z < low || z > high);
        out[i] = z;
      }
      return;
    }
    const sampler = robertSampler(low, high);
    const uniform = () => 1 - this.#mt.nextDouble();
    const normal = () => this.#nextGauss();
    for (let i = 0; i < out.length; i++) out[i] = sampler(uniform, normal);
  }

  /**
   * out[i] = loc + scale·z for i = 0 … out.length − 1, the z being {@link RandomState.#nextGauss}'s
   * values in order (the cached one first), with a pair's two values written by one polar step and
   * its uniforms drawn in blocks. loc = 0, scale = 1 writes z itself (randn); otherwise the
   * expression is numpy's `loc + scale * gauss` (legacy_normal).
   */
  #fillGauss(out: Float64Array, loc: number, scale: number): void {
    const n = out.length;
    const plain = loc === 0 && scale === 1;
    let i = 0;
    if (n > 0 && this.#hasGauss) {
      const z = this.#nextGauss();
      out[i++] = plain ? z : loc + scale * z;
    }
    i = this.#mt.fillGaussPairs(out, i, n, loc, scale);
    if (i < n) {
      const z = this.#nextGauss();
      out[i] = plain ? z : loc + scale * z;
    }
  }

  /** numpy's `legacy_gauss`: the polar method, returning f·x₂ and caching f·x₁. */
  #nextGauss(): number {
    if (this.#hasGauss) {
      this.#hasGauss = false;
      return this.#gauss;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.#mt.nextDouble() - 1;
      x2 = 2 * this.#mt.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
    this.#gauss = f * x1;
    this.#hasGauss = true;
    return f * x2;
  }

  /** numpy's `random_interval(max)` for max < 2³²: a uniform integer in [0, max]. */
  #interval(max: number): number {
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let value: number;
    do value = (this.#mt.nextUint32() & mask) >>> 0;
    while (value > max);
    return value;
  }
}
