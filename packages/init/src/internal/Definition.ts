import type { RandomSource } from '@nninit/rng';
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
  /** Set when `fill` is exactly `sampleNormal(rng, out, mean, std)`: what a parallel fill can do. */
  readonly normal?: { readonly mean: number; readonly std: number };
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
