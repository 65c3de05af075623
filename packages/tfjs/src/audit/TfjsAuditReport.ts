/**
 * One check of a {@link TfjsAuditRow}: a statistical test (p-value and the Holm level it was
 * compared with) or an exact one (`pValue` and `threshold` null: equality, orthonormality,
 * repeatability, "it runs").
 *
 * @example
 * const check: TfjsAuditCheck = { test: 'ks', statistic: 0.004, pValue: 0.61, threshold: 2.4e-8, rejected: false, detail: 'D = 0.004, n = 32768' };
 */
export interface TfjsAuditCheck {
  /** 'ks', 'chi-square-variance', 'z-variance' (statistical); 'constant', 'exact-values', 'orthonormality', 'seed-0 repeatable', 'independent layers', 'runs' (exact). */
  readonly test: string;
  readonly statistic: number;
  /** The raw p-value; null for an exact check. */
  readonly pValue: number | null;
  /** The Holm level over the whole audit's statistical family; null for an exact check. */
  readonly threshold: number | null;
  readonly rejected: boolean;
  readonly detail: string;
}

/**
 * One row of the audit: one tfjs initializer in one configuration, against the distribution or
 * property tfjs documents for it.
 *
 * - `verdict` 'pass'/'fail' is the documented behaviour's verdict; 'note' marks an observation
 *   that no tfjs document promises either way (it never makes the audit fail).
 * - `varianceRatio` is the measured variance about the documented mean divided by the
 *   documented variance (null where there is none, e.g. a constant).
 * - `finding` says what is wrong when the row fails (or what was observed, for a note); empty
 *   when it passes.
 *
 * @example
 * auditTfjsInitializers().rows.find((r) => r.initializer === 'heNormal')!.verdict; // 'fail' (tfjs 4.22)
 */
export interface TfjsAuditRow {
  /** The tfjs factory, as called: `tf.initializers.heNormal`. */
  readonly initializer: string;
  /** Its arguments and the shape it was applied to, e.g. `{ seed }, [256, 128]`. */
  readonly configuration: string;
  /** The documented distribution or property, e.g. `truncated normal, std √(2/256) after truncation`. */
  readonly target: string;
  /** Where the target comes from: tfjs' TSDoc, Keras' implementation. */
  readonly citation: string;
  /** Samples the statistical checks used (pooled over seeds seed, seed + 1, …), or the elements checked exactly. */
  readonly n: number;
  /** The sampler seed of the first draw (null for a deterministic initializer or a seed probe). */
  readonly seed: number | null;
  readonly varianceRatio: number | null;
  /** The deliberately wrong target the audit must reject (its power canary). */
  readonly canary: boolean;
  readonly verdict: 'pass' | 'fail' | 'note';
  readonly finding: string;
  readonly checks: readonly TfjsAuditCheck[];
}

/**
 * What {@link auditTfjsInitializers} returns.
 *
 * - `passed`: every row that is neither the canary nor a note passed; false for tfjs 4.22.
 * - `canaryDetected`: both canary rows failed, so the audit had the power to reject a 5 % std
 *   error with each of its variance tests. An audit whose canary passes is worthless, whatever
 *   else it says.
 * - `alpha` is the family-wise level of all `statisticalChecks` together (Holm).
 *
 * @example
 * const report = auditTfjsInitializers();
 * [report.passed, report.canaryDetected]; // [false, true] with tfjs 4.22
 */
export interface TfjsAuditReport {
  readonly tfjs: { readonly core: string; readonly layers: string; readonly backend: string };
  readonly alpha: number;
  readonly samples: number;
  readonly seed: number;
  readonly statisticalChecks: number;
  readonly passed: boolean;
  readonly canaryDetected: boolean;
  readonly rows: readonly TfjsAuditRow[];
}
