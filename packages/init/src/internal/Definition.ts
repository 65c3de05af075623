import type { PhiloxSource, RandomSource } from '@nninit/rng';
import type { FillPool } from '@nninit/rng/parallel';
import type { InitDistribution } from '../InitDistribution.js';

/** Parameters as received at run time: untrusted until a definition's `plan` has checked them. @internal */
export type Params = Readonly<Record<string, unknown>>;

/**
 * A checked, ready-to-run initialization for one shape: the declared distribution and the fill
 * that produces it. Building a plan validates everything, so a failing call consumes no
 * randomness and allocates nothing.
 * @internal
 */
export interface Plan {
  readonly distribution: InitDistribution;
  /** Writes the shape's elements, row-major, into `out`; `rng` is unused by deterministic plans. */
  readonly fill: (out: Float32Array | Float64Array, rng: RandomSource) => void;
  /**
   * The same fill on a pool's worker_threads (the same bits, the source advanced alike), for the
   * i.i.d. families: `pool.sampleNormal`, `pool.sampleUniform` or `pool.sampleTruncatedNormal`.
   */
  readonly parallel?: (pool: FillPool, source: PhiloxSource, out: Float32Array | Float64Array) => Promise<void>;
}

/**
 * One registry entry: the canonical snake_case name, its aliases, the parameters it accepts and
 * the function turning (shape, parameters) into a {@link Plan}.
 * @internal
 */
export interface Definition {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly parameters: readonly string[];
  /** Whether the fill consumes randomness (and so needs `rng` or `seed`). */
  readonly random: boolean;
  /** Paper and equation, or the library function it reproduces. */
  readonly reference: string;
  readonly plan: (fn: string, shape: readonly number[], params: Params) => Plan;
}
