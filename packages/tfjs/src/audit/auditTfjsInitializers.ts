import { validateNumber, validateOptions } from '@nninit/internal';
import { holm } from '@nninit/verify';
import { getBackend, version_core } from '@tensorflow/tfjs-core';
import { version_layers } from '@tensorflow/tfjs-layers';
import type { AuditDraft } from './internal/AuditDraft.js';
import { seedDrafts } from './internal/seedDrafts.js';
import { statisticalDraft } from './internal/statisticalDraft.js';
import { statisticalSubjects } from './internal/statisticalSubjects.js';
import { structuralDrafts } from './internal/structuralDrafts.js';
import type { TfjsAuditCheck, TfjsAuditReport, TfjsAuditRow } from './TfjsAuditReport.js';

/**
 * Options of {@link auditTfjsInitializers}; every one is fixed by default, so two runs give the
 * same report.
 *
 * @example
 * auditTfjsInitializers({ alpha: 1e-3, samples: 20000, seed: 5 }).samples; // 20000
 */
export interface TfjsAuditOptions {
  /** Family-wise level of all the audit's statistical checks together, Holm-corrected (default 1e-6). */
  readonly alpha?: number;
  /** Fewest samples per statistical configuration: draws are pooled (seeds seed, seed + 1, …) up to it (default 32768, one [256, 128] kernel; at most 1,000,000). */
  readonly samples?: number;
  /** The first sampler seed, an integer in [1, 2³⁰]: nonzero, because tfjs treats 0 as "unseeded" on its normal paths (default 1). */
  readonly seed?: number;
}

/** Configurations get seeds this far apart, so that pooled draws never share a seed across configurations. */
const SEED_STRIDE = 100;

/**
 * Points @nninit/verify's conformance harness at TensorFlow.js itself: every built-in tfjs-layers
 * initializer (heNormal, heUniform, glorotNormal, glorotUniform, leCunNormal, leCunUniform;
 * varianceScaling in each mode and distribution; truncatedNormal, randomNormal, randomUniform;
 * orthogonal, identity, zeros, ones, constant) is drawn on the active tfjs backend and checked
 * against the distribution tfjs documents for it (its TSDoc, read as Keras implements it: the
 * truncated VarianceScaling family has the documented std *after* truncation).
 *
 * - Random laws: `checkConformance` (two-sided KS for the shape; chi-square or kurtosis-aware
 *   z-test on the variance about the documented mean) on ≥ `samples` values from fixed seeds.
 * - Constants and identity: exact equality. Orthogonal: orthonormality of gain·Q on four shapes
 *   (exact, float32 tolerance) and the Haar law of its 3 × 3 corner entry (KS + z-test).
 * - Seeds: `{ seed: 0 }` and `{ seed: 1 }` drawn twice each must repeat (exact).
 * - Power canaries: heUniform against a limit 5 % too wide (z-test) and randomNormal against a std
 *   5 % too large (chi-square) must be rejected.
 *
 * All statistical checks form one family: Holm's procedure at level `alpha` over all of them, so
 * a conforming tfjs fails a row by chance with probability at most α. Seeds and sizes are fixed,
 * and tfjs' seeded draws are deterministic, so the report is the same on every run.
 *
 * Reference: Holm (1979); Simard & L'Ecuyer (2011); tfjs-layers `src/initializers.ts` and
 * tfjs-core `src/ops/rand_util.ts` for the causes given in the findings.
 *
 * @example
 * ```ts
 * import '@tensorflow/tfjs-backend-cpu';
 * const report = auditTfjsInitializers();
 * report.rows[0]; // { initializer: 'heNormal', verdict: 'fail', varianceRatio: 0.783…, … } with tfjs 4.22
 * [report.passed, report.canaryDetected]; // [false, true]
 * ```
 */
export function auditTfjsInitializers(options?: TfjsAuditOptions): TfjsAuditReport {
  const fn = 'auditTfjsInitializers';
  const opts = validateOptions(fn, options, ['alpha', 'samples', 'seed']);
  const alpha =
    opts.alpha === undefined ? 1e-6 : validateNumber(fn, 'options.alpha', opts.alpha, { moreThan: 0, lessThan: 1 });
  const samples =
    opts.samples === undefined
      ? 32_768
      : validateNumber(fn, 'options.samples', opts.samples, { integer: true, min: 1000, max: 1_000_000 });
  const seed =
    opts.seed === undefined
      ? 1
      : validateNumber(fn, 'options.seed', opts.seed, { integer: true, min: 1, max: 2 ** 30 });

  const statistical = statisticalSubjects.map((subject, k) =>
    statisticalDraft(subject, seed + SEED_STRIDE * k, samples),
  );
  // The canary last, where a reader of the table looks for it.
  const drafts: AuditDraft[] = [
    ...statistical.filter((d) => !d.canary),
    ...structuralDrafts(seed),
    ...seedDrafts(),
    ...statistical.filter((d) => d.canary),
  ];
  const pValues = drafts.flatMap((d) => d.checks.flatMap((c) => (c.pValue === null ? [] : [c.pValue])));
  const { rejected, thresholds } = holm(pValues, alpha);
  let next = 0;
  const rows = drafts.map((draft): TfjsAuditRow => {
    const checks = draft.checks.map((c): TfjsAuditCheck => {
      if (c.pValue === null) return { ...c, threshold: null };
      const i = next++;
      return { ...c, threshold: thresholds[i]!, rejected: rejected[i]! };
    });
    const failed = checks.some((c) => c.rejected);
    const verdict = draft.note ? 'note' : failed ? 'fail' : 'pass';
    const ratio = draft.varianceRatio === null ? 'n/a' : draft.varianceRatio.toFixed(3);
    const { note: _note, diagnosis, ...rest } = draft;
    return { ...rest, verdict, finding: verdict === 'pass' ? '' : diagnosis.replaceAll('{ratio}', ratio), checks };
  });
  return {
    tfjs: { core: version_core, layers: version_layers, backend: getBackend() },
    alpha,
    samples,
    seed,
    statisticalChecks: pValues.length,
    passed: rows.every((r) => r.canary || r.verdict !== 'fail'),
    canaryDetected: rows.filter((r) => r.canary).every((r) => r.verdict === 'fail'),
    rows,
  };
}
