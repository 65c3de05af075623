const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;
const TWO_POW_MINUS_53 = 2 ** -53;

/**
 * The Mersenne Twister MT19937 (Matsumoto & Nishimura, ACM TOMACS 8(1), 1998), 32-bit output,
 * seeded with `init_genrand` exactly as numpy's legacy `RandomState(seed)` does for an integer seed.
 * The generator behind {@link RandomState}; not a {@link RandomSource} on its own.
 *
 * Each refill regenerates and tempers all 624 outputs at once, in int32 arithmetic, with the
 * reference's three loops and a branchless matrix term (faster than a wrapped index
 * and a branch); the outputs and their order are the reference's.
 */
export class MT19937 {
  readonly #state = new Int32Array(N);
  readonly #outputs = new Uint32Array(N);
  #index = N;

  constructor(seed: number) {
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
   * Writes out[from … to − 1] = the next `to − from` {@link MT19937.nextDouble} values, reading
   * the tempered outputs in bulk between refills: the same values in the same order as a loop of
   * `nextDouble()`, without a refill check per word. (The scaling by 2⁻⁵³ is exact, so multiplying
   * equals numpy's division.)
   */
  fillDoubles(out: Float64Array, from: number, to: number): void {
    const words = this.#outputs;
    let i = from;
    while (i < to) {
      let k = this.#index;
      if (k >= N - 1) {
        // Fewer than two words left: the pair straddles a refill.
        out[i++] = this.nextDouble();
        continue;
      }
      const end = Math.min(to, i + ((N - k) >> 1));
      for (; i < end; i++, k += 2) {
        out[i] = (((words[k] as number) >>> 5) * 67108864 + ((words[k + 1] as number) >>> 6)) * TWO_POW_MINUS_53;
      }
      this.#index = k;
    }
  }

  /** The reference `genrand_int32` refill of all 624 words, then their tempering. */
  #refill(): void {
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
    this.#index = 0;
  }
}
