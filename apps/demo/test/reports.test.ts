import { tensor } from '@nninit/tensor';
import { MLP, probeSignal } from '@nninit/train';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareOptions } from '../src/cli/CompareOptions.js';
import type { DeepOptions } from '../src/cli/DeepOptions.js';
import { parseCommandLine } from '../src/cli/parseCommandLine.js';
import type { CompareRun } from '../src/experiments/CompareRun.js';
import { conformanceSubjects } from '../src/experiments/conformanceSubjects.js';
import { decisionGrid } from '../src/experiments/decisionGrid.js';
import { loadDataset } from '../src/experiments/loadDataset.js';
import { runCompare } from '../src/experiments/runCompare.js';
import { runConformanceSuite } from '../src/experiments/runConformanceSuite.js';
import { runDeep } from '../src/experiments/runDeep.js';
import { compareReport } from '../src/report/compareReport.js';
import { declaredOverlay } from '../src/report/declaredOverlay.js';
import { deepReport } from '../src/report/deepReport.js';
import { renderReport } from '../src/report/renderReport.js';
import { reportStyles } from '../src/report/reportStyles.js';
import { signalFigures } from '../src/report/signalFigures.js';
import { verifyReport } from '../src/report/verifyReport.js';
import { verifyTable } from '../src/report/verifyTable.js';
import { byClass, type XmlElement } from './helpers/parseXml.js';
import { svgsOf } from './helpers/svgsOf.js';

/** A page that cannot fetch anything: no scripts, stylesheets, images, fonts or URLs, and a CSP that forbids them. */
function expectSelfContained(html: string): void {
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
  );
  expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//);
}
const plots = (svgs: XmlElement[], kind: string): XmlElement[] =>
  svgs.filter((s) => s.attributes['data-plot'] === kind);
const option = <C extends 'compare' | 'deep'>(argv: string[]): C extends 'compare' ? CompareOptions : DeepOptions => {
  const line = parseCommandLine(argv);
  if (line.command !== 'compare' && line.command !== 'deep') throw new Error('expected compare or deep');
  return line.options as never;
};

describe('compareReport', () => {
  const data = loadDataset('circles', undefined);
  let runs: CompareRun[] = [],
    html = '',
    svgs: XmlElement[] = [];
  beforeAll(() => {
    runs = runCompare(option<'compare'>(['--iterations', '400']), data);
    html = compareReport(option<'compare'>(['--iterations', '400']), data, runs);
    svgs = svgsOf(html);
  });

  it("is one self-contained page with every plot: cost curves, a decision boundary per run, the signal, every layer's weights (the @example)", () => {
    expectSelfContained(html);
    expect(html.match(/data-plot="decision-boundary"/g)?.length).toBe(runs.length);
    expect(svgs.map((s) => s.attributes['data-plot'])).toEqual([
      'line',
      'decision-boundary',
      'decision-boundary',
      'decision-boundary',
      'line',
      'line',
      ...new Array(9).fill('histogram'),
      'line',
      'line',
    ]);
  });

  it('is byte-deterministic: the same runs give the same page (Plot renders without ids or counters)', () => {
    expect(compareReport(option<'compare'>(['--iterations', '400']), data, runs)).toBe(html);
  });

  it('explains "Why He?" with mean-field theory: He on the critical line, random ×10 chaotic, zeros degenerate', () => {
    const section = html.slice(html.indexOf('id="why-he"'));
    expect(section).toContain('Why He?');
    const rows = [
      ...section.matchAll(
        /<tr><td>([^<]*)<\/td><td>(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g,
      ),
    ].map((m) => m.slice(1));
    // Hidden layers [2→10, 10→5]: σ_w² = fan_in·Var[w] from the declared distribution, χ₁ = σ_w²/2.
    expect(rows).toEqual([
      ['zeros', '1', '0.000', '0.000', '0 (decays)', 'degenerate (every unit identical)'],
      ['zeros', '2', '0.000', '0.000', '0 (decays)', 'degenerate (every unit identical)'],
      ['random:scale=10', '1', '200.0', '100.0', '∞ (grows)', 'chaotic'],
      ['random:scale=10', '2', '1000', '500.0', '∞ (grows)', 'chaotic'],
      ['he', '1', '2.000', '1.000', '1', 'critical'],
      ['he', '2', '2.000', '1.000', '1', 'critical'],
    ]);
  });

  it('draws one cost-curve vertex per recorded iteration of each run', () => {
    const paths = byClass(svgs[0]!, 'series');
    expect(paths.map((p) => p.attributes['data-series'])).toEqual(['zeros', 'random:scale=10', 'he']);
    paths.forEach((p, i) => expect(Number(p.attributes['data-points'])).toBe(runs[i]!.costs.length));
    expect(runs[0]!.costs).toHaveLength(200); // 400 iterations, recorded every 2
  });

  it("colours every decision-boundary cell with the trained model's prediction there, and plots every training point with its label", () => {
    plots(svgs, 'decision-boundary').forEach((svg, r) => {
      const { grid } = decisionGrid(runs[r]!.model, data.train.x, 80);
      const drawn = new Array<number>(80 * 80).fill(-1);
      for (const cell of byClass(svg, 'cell')) {
        const [row, col, run, cls] = ['data-row', 'data-col', 'data-run', 'data-class'].map((a) =>
          Number(cell.attributes[a]),
        );
        for (let i = col!; i < col! + run!; i++) drawn[row! * 80 + i] = cls!;
      }
      expect(drawn).toEqual(Array.from(grid.classes));
      const points = byClass(svg, 'point');
      expect(points.map((p) => Number(p.attributes['data-label']))).toEqual(Array.from(data.train.y.data));
    });
    // zeros predicts one class everywhere; He separates the circles.
    expect(
      new Set(byClass(plots(svgs, 'decision-boundary')[0]!, 'cell').map((c) => c.attributes['data-class'])),
    ).toEqual(new Set(['0']));
    expect(
      new Set(byClass(plots(svgs, 'decision-boundary')[2]!, 'cell').map((c) => c.attributes['data-class'])),
    ).toEqual(new Set(['0', '1']));
  });

  it("histograms every layer's initial weights: the bars add up to the layer's size, with the declared law over them", () => {
    const histograms = plots(svgs, 'histogram');
    const sizes = runs.flatMap((r) => r.initialWeights.map((w) => w.size));
    expect(sizes).toEqual([20, 50, 5, 20, 50, 5, 20, 50, 5]);
    histograms.forEach((h, i) =>
      expect(byClass(h, 'bar').reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(sizes[i]),
    );
    expect(histograms.slice(0, 3).every((h) => byClass(h, 'point-mass').length === 2)).toBe(true); // zeros: a spike
    expect(histograms.slice(3).every((h) => byClass(h, 'density').length === 1)).toBe(true); // normals: a curve
  });
});

describe('deepReport and verifyReport', () => {
  it("deep: signal at initialization, loss, signal after training, one hidden layer's weights per run (the @example)", () => {
    const options = option<'deep'>([
      'deep',
      '--layers',
      '5',
      '--width',
      '12',
      '--iterations',
      '6',
      '--batch-size',
      '30',
    ]);
    const data = loadDataset('circles', 0);
    const runs = runDeep(options, data);
    const html = deepReport(options, data, runs);
    expectSelfContained(html);
    expect(html.includes('Activation std per hidden layer, at initialization')).toBe(true);
    const svgs = svgsOf(html);
    expect(svgs.map((s) => s.attributes['data-plot'])).toEqual([
      'line',
      'line',
      'line',
      'line',
      'line',
      ...new Array(5).fill('histogram'),
    ]);
    const [activation, gradient, theory, loss] = svgs;
    // Measured and predicted mean(z²) per hidden layer for every run; zeros' are 0, off a log axis.
    expect(byClass(theory!, 'series').map((p) => [p.attributes['data-series'], p.attributes['data-points']])).toEqual(
      runs.flatMap((r, i) => [
        [`${r.label} measured`, i === 0 ? '0' : '5'],
        [`${r.label} theory`, i === 0 ? '0' : '5'],
      ]),
    );
    expect(byClass(activation!, 'series').map((p) => p.attributes['data-points'])).toEqual(['0', '5', '5', '5', '5']); // zeros: all 0, off a log axis
    expect(byClass(gradient!, 'series').map((p) => Number(p.attributes['data-points']))[4]).toBe(6); // he: every layer, output included
    expect(byClass(loss!, 'series').map((p) => p.attributes['data-points'])).toEqual([
      '6',
      '6',
      expect.any(String),
      '6',
      '6',
    ]);
    plots(svgs, 'histogram').forEach((h) =>
      expect(byClass(h, 'bar').reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(144),
    );
  });

  it('verify: the table has a row per subject, and a histogram per subject with a law (the @example)', () => {
    const subjects = [
      conformanceSubjects[0]!,
      conformanceSubjects[9]!,
      conformanceSubjects.find((s) => s.kind === 'orthogonal')!,
      conformanceSubjects.find((s) => s.kind === 'identity')!,
      conformanceSubjects.find((s) => s.kind === 'sparse')!,
    ];
    const result = runConformanceSuite(subjects, { alpha: 1e-6, runs: 2, seed: 1 });
    const html = verifyReport(result);
    expectSelfContained(html);
    expect(html.includes('family-wise')).toBe(true);
    expect(verifyTable(result).match(/<tr>/g)?.length).toBe(subjects.length + 1);
    expect(html.match(/<td class="pass">PASS<\/td>/g)?.length).toBe(subjects.length);
    const histograms = plots(svgsOf(html), 'histogram');
    expect(histograms).toHaveLength(5); // orthogonal has two (3 × 3 and 16 × 16); identity is deterministic: checked exactly, no histogram
    expect(byClass(histograms[1]!, 'bar').reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(256 * 128);
    expect(byClass(histograms[2]!, 'bar').reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(4000);
    expect(byClass(histograms[3]!, 'bar').reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(4000);
    expect(html).toContain(
      'The corner entry of 4000 16 × 16 draws, divided by the gain: a coordinate of a uniform point on the sphere S¹⁵',
    );
    expect(byClass(histograms[4]!, 'bar').reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(
      256 * 64 - 64 * Math.ceil(0.1 * 256),
    );
  });
});

describe('report building blocks', () => {
  it('renderReport escapes text and fetches nothing (the @example)', () => {
    const html = renderReport({
      title: 'nninit <b>',
      summary: 'x & y',
      settings: [['a', '"b"']],
      sections: [
        {
          id: 's',
          heading: 'H',
          text: 't',
          figures: [{ svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', caption: 'c<' }],
        },
      ],
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(/<script|<link|https?:\/\//.test(html.replace('http://www.w3.org/2000/svg', ''))).toBe(false);
    expect(html).toContain('<title>nninit &lt;b&gt;</title>');
    expect(html).toContain('<dd>&quot;b&quot;</dd>');
    expect(html).toContain('<figcaption>c&lt;</figcaption>');
    expect(reportStyles.includes('@import')).toBe(false);
  });

  it('declaredOverlay: a density, a spike, or just the name (the @example)', () => {
    expect(declaredOverlay({ family: 'constant', value: 0 })).toEqual({ pointMass: 0, declared: 'constant(0)' });
    expect(declaredOverlay({ family: 'normal', mean: 0, std: 1 }).declared).toBe('normal(mean 0, std 1)');
    expect(declaredOverlay({ family: 'normal', mean: 0, std: 1 }).density!(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(declaredOverlay({ family: 'uniform', low: -1, high: 1 }).density!(0.5)).toBe(0.5);
    expect(declaredOverlay({ family: 'orthogonal', gain: 1, rows: 2, cols: 2 })).toEqual({
      declared: 'orthogonal (structured, not i.i.d.)',
    });
  });

  it('signalFigures: activations of hidden layers, and gradients when measured (the @example)', () => {
    const model = new MLP({ sizes: [2, 3, 3, 1], output: 'sigmoid', initialization: 'ones' });
    const x = tensor([
        [1, 2],
        [3, 4],
      ]),
      y = tensor([0, 1]);
    expect(
      signalFigures(
        [{ label: 'he', signal: probeSignal(model, { x, y }, { loss: 'binary_cross_entropy' }) }],
        'at initialization',
      ),
    ).toHaveLength(2);
    const [activation] = svgsOf(
      signalFigures([{ label: 'ones', signal: probeSignal(model, { x }) }], 'after training')
        .map((f) => f.svg)
        .join(''),
    );
    expect(byClass(activation!, 'series')[0]!.attributes['data-points']).toBe('2'); // hidden layers 1 and 2
    expect(signalFigures([{ label: 'x', signal: undefined }], 'after')[0]!.svg).toContain('x (diverged)');
  });
});
