import type { IidDistribution, Layout } from '@nninit/init';
import type { CheckResult } from '@nninit/verify';

/**
 * One tensor's certificate: what was declared for its shape, the checks run on its elements
 * with their Holm levels across the whole run, and its verdict.
 *
 * @example
 * ```ts
 * const t: TensorReport = { name: 'w.npy', shape: [128, 256], dtype: 'float32', n: 32768,
 *   declared: { family: 'uniform', low: -0.0625, high: 0.0625 }, label: 'U(-0.0625, 0.0625)',
 *   verdict: 'pass', checks: [], skipped: [] };
 * ```
 */
export interface TensorReport {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly n: number;
  readonly declared: IidDistribution;
  /** verify's label of the declared distribution. */
  readonly label: string;
  readonly verdict: 'pass' | 'fail';
  readonly checks: readonly CheckResult[];
  /** Checks that did not apply, with the reason (a variance z-test below 1000 elements). */
  readonly skipped: readonly string[];
}

/**
 * A whole `nninit verify` run: the file, the expectation, the family-wise α shared by every
 * check of every tensor (Holm), and the tensors.
 *
 * @example
 * ```ts
 * const r: VerifyReport = { file: 'w.npy', format: 'npy', expect: 'he_normal', layout: 'torch',
 *   alpha: 1e-6, verdict: 'pass', tensors: [] };
 * ```
 */
export interface VerifyReport {
  /** FILE as the user typed it. */
  readonly file: string;
  readonly format: 'npy' | 'npz' | 'safetensors';
  readonly expect: string;
  readonly layout: Layout;
  readonly alpha: number;
  readonly verdict: 'pass' | 'fail';
  readonly tensors: readonly TensorReport[];
}
