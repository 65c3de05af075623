/**
 * The one interface every consumer of randomness uses: initializers, datasets, samplers and
 * tests take a `RandomSource` and never a seed or a global generator.
 *
 * Both kinds of generator implement it: {@link PhiloxSource} (counter-based Philox4x32-10 keys, the
 * default, from {@link philox}) and {@link RandomState} (numpy's legacy MT19937 stream, bit for bit).
 *
 * A fill consumes the source's stream: two consecutive `fillNormal` calls of n values give the
 * same bits as one call of 2n values. Values are computed in float64 and rounded once when the
 * output is a Float32Array.
 */
export interface RandomSource {
  /** Fills `out` with independent draws from U[0, 1); never 1, float32 included. */
  fillUniform(out: Float32Array | Float64Array): void;
  /** Fills `out` with independent draws from N(0, 1). */
  fillNormal(out: Float32Array | Float64Array): void;
  /**
   * Fills `out` with independent draws from N(0, 1) conditioned on [low, high] (low < high;
   * either may be infinite), by an exact method: never by clipping.
   */
  fillTruncatedNormal(out: Float32Array | Float64Array, low: number, high: number): void;
}
