import type { CheckResult } from '../check/CheckResult.js';

/**
 * One generated case of the conformance harness: a shape, a seed, and its checks.
 *
 * @example
 * checkConformance(zeros, () => constant(0), { numRuns: 1, shapes: fc.constant([2, 3]), minSamples: 12 }).cases[0].draws; // 2
 */
export interface ConformanceCase {
  readonly index: number;
  readonly shape: readonly number[];
  readonly seed: number;
  /** How many sampler calls were pooled (seeds seed, seed + 1, …) to reach minSamples. */
  readonly draws: number;
  readonly n: number;
  readonly distribution: string;
  readonly checks: readonly CheckResult[];
  readonly skipped: readonly string[];
}

/**
 * A rejected check, with the case it belongs to.
 *
 * @example
 * checkConformance(zeros, () => constant(1), { numRuns: 1 }).failures[0].test; // 'constant'
 */
export interface ConformanceFailure extends CheckResult {
  readonly caseIndex: number;
  readonly shape: readonly number[];
  readonly seed: number;
  readonly draws: number;
  readonly n: number;
  readonly distribution: string;
}

/**
 * What {@link checkConformance} returns: the verdict, the multiplicity budget it was reached
 * with, every case, the failures, and a readable summary (the text the vitest matcher prints).
 *
 * @example
 * const report: ConformanceReport = checkConformance(grid, () => uniform(0, 1)); // grid: see checkConformance
 * report.summary.split('\n')[0]; // 'conformance: FAIL, 20 cases, 40 checks, family-wise alpha 1e-6 (Holm)'
 */
export interface ConformanceReport {
  readonly passed: boolean;
  readonly alpha: number;
  readonly numCases: number;
  readonly numChecks: number;
  readonly cases: readonly ConformanceCase[];
  readonly failures: readonly ConformanceFailure[];
  readonly summary: string;
}
