import type { Layout } from '@nninit/init';
import type { Expectation } from './Expectation.js';

/**
 * `nninit verify`'s command line, validated: the file (absolute), the selected tensors (all of
 * them when empty), the expectation, the layout, α and the outputs.
 *
 * @example
 * ```ts
 * const a: VerifyArguments = { file: '/tmp/w.npy', fileText: 'w.npy', tensors: [], expect: parseExpectation('he_normal'),
 *   layout: 'torch', alpha: 1e-6, json: false, junit: undefined, help: false };
 * ```
 */
export interface VerifyArguments {
  readonly file: string;
  /** FILE as the user typed it, for the report. */
  readonly fileText: string;
  readonly tensors: readonly string[];
  readonly expect: Expectation;
  readonly layout: Layout;
  readonly alpha: number;
  readonly json: boolean;
  readonly junit: string | undefined;
  readonly help: boolean;
}
