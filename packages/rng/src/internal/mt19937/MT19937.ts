import { glibcLog as importedGlibcLog } from '../glibcLog/glibcLog.js';
import {
  createWasmMT19937,
  MT_M as M,
  MT_DOUBLES,
  MT_DOUBLES_CAPACITY,
  MT_OUTPUTS,
  MT_SLOW,
  MT_STATE,
  MT_N as N,
  type WasmMT19937,
} from './mt19937Wasm.js';

// A module-local copy of the logarithm the polar method calls for every pair: a module-transforming
// runner (vitest's) reads an imported binding through a getter at each access (see philoxFill.ts).
const glibcLog = importedGlibcLog;

const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;
const TWO_POW_MINUS_53 = 2 ** -53;

/**
 * The Mersenne Twister MT19937 (Matsumoto & Nishimura, ACM TOMACS 8(1), 1998), 32-bit output,
 * seeded with `init_genrand` exactly as numpy's legacy `RandomState(seed)` does for an integer seed.
 * The generator behind {@link RandomState}; not a {@link RandomSource} on its own.
 *
 * Each refill regenerates and tempers all 624 outputs at once. Where WebAssembly SIMD is
 * available, the state and outputs live in the memory of this generator's own instance of
 * {@link createWasmMT19937}'s kernel, which twists and tempers four words per instruction and
 * converts words to doubles four at a time; elsewhere the reference's three loops run in int32
 * JavaScript with a branchless matrix term (faster than a wrapped index and a branch). The
 * outputs and their order are the reference's either way.
 */
export class MT19937 {
  readonly #kernel: WasmMT19937 | undefined;
  readonly #state: Int32Array;
  readonly #outputs: Uint32Array;
  /** The doubles {@link MT19937.doubleBlock} returns: the kernel's buffer, or a JavaScript one. */
  readonly #block: Float64Array;
  /** The kernel's list of pairs left to the exact log (a count, then value slots). */
  readonly #slow: Int32Array | undefined;
  #index = N;

  /**
   * @param seed - `init_genrand`'s seed, in [0, 2³²)
   * @param kernel - false runs the JavaScript loops even where WebAssembly SIMD is available
   *   (the tests compare both)
   */
  constructor(seed: number, kernel = true) {
    this.#kernel = kernel ? createWasmMT19937() : undefined;
    if (this.#kernel === undefined) {
      this.#state = new Int32Array(N);
      this.#outputs = new Uint32Array(N);
      this.#block = new Float64Array(MT_DOUBLES_CAPACITY);
      this.#slow = undefined;
    } else {
      const { buffer } = this.#kernel.memory;
      this.#state = new Int32Array(buffer, MT_STATE, N);
      this.#outputs = new Uint32Array(buffer, MT_OUTPUTS, N);
      // Three doubles of slack: the kernel writes whole groups of four.
      this.#block = new Float64Array(buffer, MT_DOUBLES, MT_DOUBLES_CAPACITY + 3);
      this.#slow = new Int32Array(buffer, MT_SLOW, 1 + MT_DOUBLES_CAPACITY / 2);
    }
    const mt = this.#state;
    mt[0] = seed | 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] as number;
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
  }

  /** The next 32-bit output, tempered. */
  nextUint32(): number {
    if (this.#index >= N) this.#refill();
    return this.#outputs[this.#index++] as number;
  }

  /**
   * numpy's `legacy_double`: 53 random bits from two outputs,
   * ((a >>> 5)·2²⁶ + (b >>> 6)) / 2⁵³, in [0, 1).
   */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * Writes out[from … to − 1] = the next `to − from` {@link MT19937.nextDouble} values: the same
   * values in the same order as a loop of `nextDouble()`, produced in blocks of
   * {@link MT19937.doubleBlock}. (The scaling by 2⁻⁵³ is exact, so multiplying equals numpy's
   * division.)
   */
  fillDoubles(out: Float64Array, from: number, to: number): void {
    for (let i = from; i < to; ) {
      const count = Math.min(to - i, MT_DOUBLES_CAPACITY);
      out.set(this.doubleBlock(count), i);
      i += count;
    }
  }

  /**
   * The next `count` ≤ 4096 {@link MT19937.nextDouble} values, in a buffer this generator owns
   * and its next call overwrites (the kernel's memory where WebAssembly runs): the bulk samplers
   * read their uniforms here without copying them.
   */
  doubleBlock(count: number): Float64Array {
    const block = this.#block;
    const words = this.#outputs;
    const kernel = this.#kernel;
    let i = 0;
    while (i < count) {
      let k = this.#index;
      if (k >= N - 1) {
        // Fewer than two words left: the pair straddles a refill.
        block[i++] = this.nextDouble();
        continue;
      }
      const pairs = Math.min(count - i, (N - k) >> 1);
      if (kernel === undefined) {
        for (const end = i + pairs; i < end; i++, k += 2) {
          block[i] = (((words[k] as number) >>> 5) * 67108864 + ((words[k + 1] as number) >>> 6)) * TWO_POW_MINUS_53;
        }
      } else {
        // Whole groups of four: up to three values past `count` land in the slack, or are
        // overwritten by the next pairs.
        kernel.doubles(MT_OUTPUTS + 4 * k, MT_DOUBLES + 8 * i, (pairs + 3) >> 2);
        i += pairs;
        k += 2 * pairs;
      }
      this.#index = k;
    }
    return count === block.length ? block : block.subarray(0, count);
  }

  /**
   * numpy's legacy polar method on the next `pairs` ≤ 2048 attempts (2·pairs doubles): the
   * Gaussians f·x₂, f·x₁ of each accepted pair in order, f = √(−2·log r² / r²) with glibc's log,
   * in a buffer this generator owns and its next call overwrites. About 21 % of the attempts are
   * rejected, so it returns fewer than 2·pairs values (an even number).
   */
  gaussBlock(pairs: number): Float64Array {
    const u = this.doubleBlock(2 * pairs);
    const kernel = this.#kernel;
    if (kernel !== undefined) {
      const written = kernel.gauss(MT_DOUBLES, pairs);
      // The kernel left these pairs' x₂, x₁ in place: its fast log could not vouch for glibc's rounding.
      const slow = this.#slow as Int32Array;
      for (let s = 1, end = 1 + (slow[0] as number); s < end; s++) {
        const j = slow[s] as number;
        const x2 = u[j] as number;
        const x1 = u[j + 1] as number;
        const r2 = x1 * x1 + x2 * x2;
        const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
        u[j] = f * x2;
        u[j + 1] = f * x1;
      }
      return u.subarray(0, written);
    }
    let j = 0;
    for (let p = 0; p < 2 * pairs; p += 2) {
      const x1 = 2 * (u[p] as number) - 1;
      const x2 = 2 * (u[p + 1] as number) - 1;
      const r2 = x1 * x1 + x2 * x2;
      // Rejected: the polar method's next attempt takes the next two uniforms.
      if (r2 >= 1 || r2 === 0) continue;
      const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
      u[j++] = f * x2;
      u[j++] = f * x1;
    }
    return u.subarray(0, j);
  }

  /** The reference `genrand_int32` refill of all 624 words, then their tempering. */
  #refill(): void {
    this.#index = 0;
    if (this.#kernel !== undefined) {
      this.#kernel.twist();
      return;
    }
    const mt = this.#state;
    // The reference's three loops (no index wrapping inside), and the matrix term as a mask:
    // y & 1 is a coin flip, and as a branch it cost about half the refill.
    let k = 0;
    for (; k < N - M; k++) {
      const y = ((mt[k] as number) & UPPER_MASK) | ((mt[k + 1] as number) & LOWER_MASK);
      mt[k] = (mt[k + M] as number) ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; k < N - 1; k++) {
      const y = ((mt[k] as number) & UPPER_MASK) | ((mt[k + 1] as number) & LOWER_MASK);
      mt[k] = (mt[k + M - N] as number) ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    const y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
    mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    const out = this.#outputs;
    for (let i = 0; i < N; i++) {
      let t = mt[i] as number;
      t ^= t >>> 11;
      t ^= (t << 7) & 0x9d2c5680;
      t ^= (t << 15) & 0xefc60000;
      t ^= t >>> 18;
      out[i] = t;
    }
  }
}
