import { describeDistribution } from '@nninit/init';
import { sphereCoordinate, uniform } from '@nninit/verify';
import type { ConformanceSubject } from '../experiments/ConformanceSubject.js';
import { drawSubject } from '../experiments/drawSubject.js';
import type { SuiteResult } from '../experiments/SuiteResult.js';
import { histogramPlot } from '../plot/histogramPlot.js';
import { declaredOverlay } from './declaredOverlay.js';
import type { ReportFigure } from './ReportPage.js';
import { renderReport } from './renderReport.js';
import { verifyTable } from './verifyTable.js';

const SHAPE = [256, 128];

/** Histograms of one subject's draws against their law; none for the deterministic families. */
function subjectFigures(subject: ConformanceSubject): ReportFigure[] {
  const title = `${subject.title} [${subject.source}]`;
  if (subject.kind === 'iid' || subject.kind === 'sparse') {
    const shape = subject.kind === 'sparse' ? [256, 64] : SHAPE;
    const declared = describeDistribution(shape, subject.initialization);
    const law = declared.family === 'sparse' ? declared.nonzero : declared;
    const values = drawSubject(subject, shape, 1).filter((v) => subject.kind !== 'sparse' || v !== 0);
    const overlay = declaredOverlay(law);
    return [
      {
        svg: histogramPlot({ title, values, ...overlay }),
        caption: `${values.length} samples of [${shape.join(', ')}]${subject.kind === 'sparse' ? ' (nonzero entries)' : ''}, seed 1; declared: ${overlay.declared}.`,
      },
    ];
  }
  if (subject.kind === 'orthogonal') {
    const { gain } = describeDistribution([3, 3], subject.initialization) as { gain: number };
    const haar = [
      {
        n: 3,
        law: uniform(-1, 1),
        declared: 'Haar: uniform(−1, 1)',
        caption: 'uniform on [−1, 1] exactly when Q is Haar-distributed.',
      },
      {
        n: 16,
        law: sphereCoordinate(16),
        declared: 'Haar: sphereCoordinate(16)',
        caption:
          'a coordinate of a uniform point on the sphere S¹⁵ (density ∝ (1 − t²)^6.5, variance 1/16) when Q is Haar-distributed.',
      },
    ];
    return haar.map(({ n, law, declared, caption }) => {
      const values = Array.from({ length: 4000 }, (_, k) => (drawSubject(subject, [n, n], k)[0] as number) / gain);
      return {
        svg: histogramPlot({
          title: `${title}, ${n} × ${n}`,
          values,
          density: law.pdf as (x: number) => number,
          declared,
          xLabel: 'W[0, 0] / gain',
        }),
        caption: `The corner entry of 4000 ${n} × ${n} draws, divided by the gain: ${caption}`,
      };
    });
  }
  return [];
}

/**
 * The HTML report of `verify`: the results table with the family-wise α and how it was spent,
 * and one histogram per initializer of a draw against its declared density — two for
 * orthogonal, the corner entry at 3 × 3 and at 16 × 16 against the Haar laws it is tested
 * with (deterministic structured initializers — identity, dirac, delta_orthogonal — are
 * checked exactly and have no histogram).
 *
 * @example
 * ```ts
 * verifyReport(result).includes('family-wise'); // true
 * ```
 */
export function verifyReport(result: SuiteResult): string {
  const checks = result.subjects.reduce((n, s) => n + s.cases.reduce((m, c) => m + c.checks.length, 0), 0);
  const failed = result.subjects.filter((s) => !s.passed);
  const figures = result.subjects.flatMap((s) => subjectFigures(s.subject));
  return renderReport({
    title: 'nninit verify — statistical conformance of every initializer',
    summary: result.passed
      ? `PASS: ${result.subjects.length} initializer configurations, ${checks} checks.`
      : `FAIL: ${failed.map((s) => s.subject.title).join(', ')}.`,
    settings: [
      [
        'family-wise α',
        `${result.alpha.toExponential()}: split equally over ${result.groups} statistical groups (Bonferroni), Holm within each; exact checks spend none`,
      ],
      [
        'tests',
        'Kolmogorov–Smirnov (shape), chi-square or kurtosis-aware z-test on the variance (scale), exact equality and structure checks',
      ],
    ],
    sections: [
      {
        id: 'results',
        heading: 'Results',
        text: 'One row per initializer configuration. The check closest to rejection is shown with its statistic, its p-value and the Holm level it had to stay above.',
        figures: [],
        html: verifyTable(result),
      },
      {
        id: 'samples',
        heading: 'Samples against their declared law',
        text: 'One draw of each initializer (bars) with the density its declaration promises (curve, or a spike for a constant).',
        figures,
      },
    ],
  });
}
