import type { ConformanceSubject } from './ConformanceSubject.js';

/**
 * One check in the suite's report. Statistical checks have a p-value and the Holm level it was
 * compared with; exact checks (structure, equality) have neither and reject when the statistic
 * exceeds their tolerance.
 *
 * @example
 * ```ts
 * const k: SuiteCheck = { test: 'ks', statistic: 0.004, pValue: 0.61, threshold: 5e-9, rejected: false, detail: 'D = 0.004, n = 10000' };
 * ```
 */
export interface SuiteCheck {
  readonly test: string;
  readonly statistic: number;
  readonly pValue: number | null;
  readonly threshold: number | null;
  readonly rejected: boolean;
  readonly detail: string;
}

/**
 * One case: a shape and a seed (or a pool of draws), with its checks.
 *
 * @example
 * ```ts
 * const c: SuiteCase = { shape: [64, 32], seed: 7, n: 10240, distribution: 'normal(mean 0, std 0.25)', checks: [] };
 * ```
 */
export interface SuiteCase {
  readonly shape: readonly number[];
  readonly seed: number;
  /** Samples the case's statistical checks saw (the tensor's size for exact checks). */
  readonly n: number;
  readonly distribution: string;
  readonly checks: readonly SuiteCheck[];
}

/**
 * One subject's verdict.
 *
 * @example
 * ```ts
 * const r: SubjectResult = { subject, alpha: 4e-8, cases: [], passed: true, seconds: 0.4 };
 * ```
 */
export interface SubjectResult {
  readonly subject: ConformanceSubject;
  /** The share of the family-wise α this subject's statistical checks spend (0 if it has none). */
  readonly alpha: number;
  readonly cases: readonly SuiteCase[];
  readonly passed: boolean;
  readonly seconds: number;
}

/**
 * What the whole suite found.
 *
 * @example
 * ```ts
 * const r: SuiteResult = { passed: true, alpha: 1e-6, groups: 27, subjects: [] };
 * ```
 */
export interface SuiteResult {
  readonly passed: boolean;
  /** Family-wise α: the probability that a correct library fails anywhere in the suite is at most this. */
  readonly alpha: number;
  /** Number of statistical groups α is divided between (Bonferroni; Holm within each). */
  readonly groups: number;
  readonly subjects: readonly SubjectResult[];
}
