import { checkConformance, toDistribution } from '@nninit/verify';
import type { AuditDraft, DraftCheck } from './AuditDraft.js';
import { drawTfjs } from './drawTfjs.js';
import type { StatisticalSubject } from './statisticalSubjects.js';

/** Exact tests of verify's harness: decided by equality, not by a p-value (they spend no α). */
const EXACT = new Set(['constant', 'validity']);

/**
 * Runs verify's conformance harness on one tfjs configuration: `checkConformance` with the one
 * shape and the sampler seed `seed`, pooling draws (seeds seed, seed + 1, …) up to `samples`
 * values. Its KS and variance p-values are returned raw, for the audit-wide Holm correction;
 * the measured variance is taken about the documented mean, over the same pooled values.
 */
export function statisticalDraft(subject: StatisticalSubject, seed: number, samples: number): AuditDraft {
  const pooled: Float32Array[] = [];
  const sampler = (shape: readonly number[], s: number): Float32Array => {
    const values = drawTfjs(subject.make(s), shape);
    pooled.push(values);
    return values;
  };
  const base = {
    initializer: subject.initializer,
    configuration: subject.configuration,
    target: subject.targetLabel,
    citation: subject.citation,
    seed,
    canary: subject.canary === true,
    note: false,
    diagnosis: subject.diagnosis,
  };
  try {
    sampler(subject.shape, seed);
  } catch (error) {
    return { ...base, n: 0, varianceRatio: null, checks: [thrown(error)] };
  }
  pooled.length = 0;
  const report = checkConformance(sampler, () => subject.target, {
    shapes: [subject.shape],
    seeds: [seed],
    numRuns: 1,
    minSamples: samples,
  });
  const [only] = report.cases;
  const declared = toDistribution(subject.target);
  let sum = 0;
  let n = 0;
  for (const values of pooled) {
    for (const x of values) sum += (x - declared.mean) ** 2;
    n += values.length;
  }
  const checks: DraftCheck[] = (only?.checks ?? []).map((c) =>
    EXACT.has(c.test)
      ? { test: c.test, statistic: c.statistic, pValue: null, rejected: c.pValue === 0, detail: c.detail }
      : { test: c.test, statistic: c.statistic, pValue: c.pValue, detail: c.detail },
  );
  return {
    ...base,
    n: only?.n ?? n,
    varianceRatio: declared.variance > 0 ? sum / n / declared.variance : null,
    checks,
  };
}

/** The exact check "the initializer runs", failed: its error's class and message. */
export function thrown(error: unknown): Extract<DraftCheck, { pValue: null }> {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { test: 'runs', statistic: 1, pValue: null, rejected: true, detail: `threw ${text}` };
}
