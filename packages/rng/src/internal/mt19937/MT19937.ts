import {
  createWasmMT19937,
  MT_M as M,
  MT_DOUBLES,
  MT_DOUBLES_CAPACITY,
  MT_OUTPUTS,
  MT_STATE,
  MT_N as N,
  type WasmMT19937,
} from './mt19937Wasm.js';

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
    } else {
      const { buffer } = this.#kernel.memory;
      this.#state = new Int32Array(buffer, MT_STATE, N);
      this.#outputs = new Uint32Array(buffer, MT_OUTPUTS, N);
      // Three doubles of slack: the kernel writes whole groups of four.
      this.#block = new Float64Array(buffer, MT_DOUBLES, MT_DOUBLES_CAPACITY + 3);
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
