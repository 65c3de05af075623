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
 * Bulk requests at least this long run in the WebAssembly kernel: below it, copying the state in
 * and out (5 KiB) would cost more than the JavaScript loops save.
 */
const KERNEL_MIN_DOUBLES = 1024;

/**
 * The kernel every generator shares, as the Philox fills share theirs: one module instance (a
 * WebAssembly memory reserves gigabytes of address space, and creating one per generator cost
 * about 0.5 ms, 10× a generator's own set-up), holding a generator's state only during one of
 * its bulk calls. Undefined where WebAssembly SIMD is missing.
 */
const KERNEL = createWasmMT19937();
const KERNEL_VIEWS =
  KERNEL === undefined
    ? undefined
    : {
        state: new Int32Array(KERNEL.memory.buffer, MT_STATE, N),
        outputs: new Uint32Array(KERNEL.memory.buffer, MT_OUTPUTS, N),
        // Three doubles of slack: the kernel writes whole groups of four.
        block: new Float64Array(KERNEL.memory.buffer, MT_DOUBLES, MT_DOUBLES_CAPACITY + 3),
        slow: new Int32Array(KERNEL.memory.buffer, MT_SLOW, 1 + MT_DOUBLES_CAPACITY / 2),
      };

/**
 * The Mersenne Twister MT19937 (Matsumoto & Nishimura, ACM TOMACS 8(1), 1998), 32-bit output,
 * seeded with `init_genrand` exactly as numpy's legacy `RandomState(seed)` does for an integer seed.
 * The generator behind {@link RandomState}; not a {@link RandomSource} on its own.
 *
 * Each refill regenerates and tempers all 624 outputs at once. Bulk requests
 * ({@link MT19937.fillDoubles}, {@link MT19937.fillGaussPairs}) of at least 1024 doubles run in
 * the shared WebAssembly kernel of {@link createWasmMT19937}, where available: the state is copied
 * in, twisted and tempered four words per instruction, converted to doubles four at a time, put
 * through the polar method there, and copied back. Everything else runs the reference's three
 * loops in int32 JavaScript with a branchless matrix term (faster than a wrapped index and a
 * branch). The outputs and their order are the reference's either way.
 */
export class MT19937 {
  readonly #useKernel: boolean;
  readonly #ownState = new Int32Array(N);
  readonly #ownOutputs = new Uint32Array(N);
  /** The state and outputs in use: this generator's own, or the kernel's during a bulk call. */
  #state: Int32Array = this.#ownState;
  #outputs: Uint32Array = this.#ownOutputs;
  /** The JavaScript path's block of doubles, allocated on its first use. */
  #ownBlock: Float64Array | undefined;
  #inKernel = false;
  #index = N;

  /**
   * @param seed - `init_genrand`'s seed, in [0, 2³²)
   * @param kernel - false runs the JavaScript loops even where WebAssembly SIMD is available
   *   (the tests compare both)
   */
  constructor(seed: number, kernel = true) {
    this.#useKernel = kernel && KERNEL !== undefined;
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
   * values in the same order as a loop of `nextDouble()`, produced in blocks of up to 4096.
   * (The scaling by 2⁻⁵³ is exact, so multiplying equals numpy's division.)
   */
  fillDoubles(out: Float64Array, from: number, to: number): void {
    const kernel = this.#enter(to - from);
    try {
      for (let i = from; i < to; ) {
        const count = Math.min(to - i, MT_DOUBLES_CAPACITY);
        out.set(this.#doubleBlock(count), i);
        i += count;
      }
    } finally {
      if (kernel) this.#leave();
    }
  }

  /**
   * numpy's legacy polar method (`legacy_gauss`) for pairs: writes out[from], out[from + 1], … up
   * to an even count of values below `to − from`, each accepted attempt's f·x₂ then f·x₁ with
   * f = √(−2·log r² / r²) and glibc's log, as loc + scale·z unless loc = 0 and scale = 1. Returns
   * the index after the last value written. An attempt is drawn only while a pair is still
   * needed, so the stream ends exactly where numpy's would.
   */
  fillGaussPairs(out: Float64Array, from: number, to: number, loc: number, scale: number): number {
    const plain = loc === 0 && scale === 1;
    // At least one uniform per value: as many as to − from, and about 1.27 times that.
    const kernel = this.#enter(to - from);
    let i = from;
    try {
      while (to - i >= 2) {
        // One attempt per pair still needed: at most that many are accepted, so every uniform
        // drawn is used; rejected attempts leave pairs unwritten, which the next block draws for.
        const z = this.#gaussBlock(Math.min((to - i) >> 1, MT_DOUBLES_CAPACITY / 2));
        if (plain) out.set(z, i);
        else for (let k = 0; k < z.length; k++) out[i + k] = loc + scale * (z[k] as number);
        i += z.length;
      }
    } finally {
      if (kernel) this.#leave();
    }
    return i;
  }

  /** Moves the state into the shared kernel for a bulk call of `doubles` values, if worth it. */
  #enter(doubles: number): boolean {
    if (!this.#useKernel || doubles < KERNEL_MIN_DOUBLES || KERNEL_VIEWS === undefined) return false;
    KERNEL_VIEWS.state.set(this.#ownState);
    KERNEL_VIEWS.outputs.set(this.#ownOutputs);
    this.#state = KERNEL_VIEWS.state;
    this.#outputs = KERNEL_VIEWS.outputs;
    this.#inKernel = true;
    return true;
  }

  /** Copies the state back out of the kernel, which the next generator may overwrite. */
  #leave(): void {
    this.#ownState.set(this.#state);
    this.#ownOutputs.set(this.#outputs);
    this.#state = this.#ownState;
    this.#outputs = this.#ownOutputs;
    this.#inKernel = false;
  }

  /**
   * The next `count` ≤ 4096 {@link MT19937.nextDouble} values, in a buffer that the next call
   * overwrites (the kernel's memory during a bulk call): the samplers read them without a copy.
   */
  #doubleBlock(count: number): Float64Array {
    const inKernel = this.#inKernel;
    const block = inKernel ? (KERNEL_VIEWS?.block as Float64Array) : this.#jsBlock();
    const words = this.#outputs;
    let i = 0;
    while (i < count) {
      let k = this.#index;
      if (k >= N - 1) {
        // Fewer than two words left: the pair straddles a refill.
        block[i++] = this.nextDouble();
        continue;
      }
      const pairs = Math.min(count - i, (N - k) >> 1);
      if (inKernel) {
        // Whole groups of four: up to three values past `count` land in the slack, or are
        // overwritten by the next pairs.
        (KERNEL as WasmMT19937).doubles(MT_OUTPUTS + 4 * k, MT_DOUBLES + 8 * i, (pairs + 3) >> 2);
        i += pairs;
        k += 2 * pairs;
      } else {
        for (const end = i + pairs; i < end; i++, k += 2) {
          block[i] = (((words[k] as number) >>> 5) * 67108864 + ((words[k + 1] as number) >>> 6)) * TWO_POW_MINUS_53;
        }
      }
      this.#index = k;
    }
    return block.subarray(0, count);
  }

  #jsBlock(): Float64Array {
    this.#ownBlock ??= new Float64Array(MT_DOUBLES_CAPACITY);
    return this.#ownBlock;
  }

  /**
   * The polar method on the next `pairs` ≤ 2048 attempts (2·pairs doubles): the Gaussians
   * f·x₂, f·x₁ of each accepted pair in order (about 79 % are accepted), in the block of
   * {@link MT19937.#doubleBlock}.
   */
  #gaussBlock(pairs: number): Float64Array {
    const u = this.#doubleBlock(2 * pairs);
    if (this.#inKernel) {
      const written = (KERNEL as WasmMT19937).gauss(MT_DOUBLES, pairs);
      // The kernel left these pairs' x₂, x₁ in place: its fast log could not vouch for glibc's rounding.
      const slow = KERNEL_VIEWS?.slow as Int32Array;
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
    if (this.#inKernel) {
      (KERNEL as WasmMT19937).twist();
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
