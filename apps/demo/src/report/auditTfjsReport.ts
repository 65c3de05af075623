import type { TfjsAuditReport } from '@nninit/tfjs';
import { truncatedNormal } from '@nninit/verify';
import { tidy } from '@tensorflow/tfjs-core';
import { initializers } from '@tensorflow/tfjs-layers';
import { auditTfjsRows } from '../experiments/auditTfjsRows.js';
import { escapeXml } from '../plot/escapeXml.js';
import { histogramPlot } from '../plot/histogramPlot.js';
import { renderReport } from './renderReport.js';

/** The std of N(0, 1) truncated to ±2 (Keras' VarianceScaling correction). */
const KERAS_TRUNCATION = 0.87962566103423978;

/** The audit table as HTML: verdict (as a word, not only a colour), the row's deciding check and its finding number. */
function auditTable(report: TfjsAuditReport): string {
  const { rows, findings } = auditTfjsRows(report);
  const body = rows.map((r) => {
    const cells = [
      `<td${r.verdict === 'NOTE' ? '' : ` class="${r.verdict.toLowerCase()}"`}>${r.verdict}</td>`,
      `<td>${escapeXml(r.canary ? `${r.initializer} (canary)` : r.initializer)}</td>`,
      `<td>${escapeXml(r.configuration)}</td>`,
      `<td>${escapeXml(r.test)}</td>`,
      `<td class="num">${r.p}</td>`,
      `<td class="num">${r.level}</td>`,
      `<td class="num">${r.ratio}</td>`,
      `<td>${r.finding}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = [
    '',
    'initializer',
    'configuration',
    'test',
    'p-value',
    'Holm level',
    'measured/target variance',
    'finding',
  ]
    .map((h) => `<th>${h}</th>`)
    .join('');
  const notes = findings.map((f, i) => `<li value="${i + 1}">${escapeXml(f)}</li>`).join('\n');
  return `<table class="results"><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>\n<ol class="findings">\n${notes}\n</ol>`;
}

/**
 * The HTML report of `audit-tfjs`: the verdict table with the numbered findings, the targets and
 * their citations, and one figure — a tfjs heNormal kernel (seed 1, [256, 128]) against the
 * density tfjs documents (std √(2/256) after truncation, as Keras draws it): the uncorrected
 * truncation shows as bars narrower than the curve.
 *
 * @example
 * ```ts
 * auditTfjsReport(report).includes('family-wise'); // true
 * ```
 */
export function auditTfjsReport(report: TfjsAuditReport): string {
  const failed = report.rows.filter((r) => !r.canary && r.verdict === 'fail');
  const std = Math.sqrt(2 / 256) / KERAS_TRUNCATION;
  const documented = truncatedNormal(0, std, -2 * std, 2 * std);
  const values = tidy(() => initializers.heNormal({ seed: 1 }).apply([256, 128], 'float32').dataSync().slice());
  const targets = report.rows
    .filter((r) => r.verdict !== 'note')
    .map((r) => `<li>${escapeXml(`${r.initializer} ${r.configuration}: ${r.target}. Source: ${r.citation}.`)}</li>`)
    .join('\n');
  return renderReport({
    title: 'nninit audit-tfjs — do tfjs initializers draw what tfjs documents?',
    summary: `${failed.length === 0 ? 'PASS' : `FAIL: ${[...new Set(failed.map((r) => r.initializer))].join(', ')}`}. Canary ${report.canaryDetected ? 'caught' : 'NOT caught'}.`,
    settings: [
      ['tfjs', `tfjs-core ${report.tfjs.core}, tfjs-layers ${report.tfjs.layers}, backend ${report.tfjs.backend}`],
      [
        'family-wise α',
        `${report.alpha.toExponential()} over ${report.statisticalChecks} statistical checks (Holm); exact checks spend none`,
      ],
      [
        'samples',
        `≥ ${report.samples} per configuration, first seed ${report.seed}, pooled over seeds seed, seed + 1, …`,
      ],
      [
        'tests',
        'Kolmogorov–Smirnov (shape), chi-square or kurtosis-aware z-test on the variance (scale), exact equality, orthonormality, seed repeatability',
      ],
    ],
    sections: [
      {
        id: 'results',
        heading: 'Results',
        text: 'One row per tfjs initializer configuration, with the check that decided it (the first rejected, else the closest to rejection) and the measured variance over the documented one. NOTE rows are observations no tfjs document promises either way.',
        figures: [],
        html: auditTable(report),
      },
      {
        id: 'targets',
        heading: 'Documented targets',
        text: "Each target is read from tfjs' TSDoc, as Keras implements it.",
        figures: [],
        html: `<ul class="targets">\n${targets}\n</ul>`,
      },
      {
        id: 'samples',
        heading: 'heNormal against its documentation',
        text: 'A tfjs heNormal kernel (bars) against the truncated normal tfjs documents (curve).',
        figures: [
          {
            svg: histogramPlot({
              title: 'tf.initializers.heNormal, [256, 128]',
              values,
              density: documented.pdf as (x: number) => number,
              declared: 'documented: std √(2/256) after truncation',
            }),
            caption: `32768 values, seed 1. tfjs truncates N(0, 2/256) at ±2σ without the ${KERAS_TRUNCATION} correction, so the bars are narrower than the documented curve and stop at ±0.177 instead of ±0.201.`,
          },
        ],
      },
    ],
  });
}
