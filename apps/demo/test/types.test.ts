import type { Initialization } from '@nninit/init';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CommandLine } from '../src/cli/CommandLine.js';
import type { CommandName } from '../src/cli/CommandName.js';
import type { CompareOptions } from '../src/cli/CompareOptions.js';
import type { DeepOptions } from '../src/cli/DeepOptions.js';
import type { Flags } from '../src/cli/Flags.js';
import type { NamedInitialization } from '../src/cli/NamedInitialization.js';
import { parseCommandLine } from '../src/cli/parseCommandLine.js';
import type { VerifyOptions } from '../src/cli/VerifyOptions.js';
import type { ConformanceSubject } from '../src/experiments/ConformanceSubject.js';
import type { DatasetName } from '../src/experiments/DatasetName.js';
import type { ExperimentData } from '../src/experiments/ExperimentData.js';
import { loadDataset } from '../src/experiments/loadDataset.js';
import type { Progress } from '../src/experiments/Progress.js';
import type { SubjectResult, SuiteCase, SuiteCheck, SuiteResult } from '../src/experiments/SuiteResult.js';
import type { TrainedRun } from '../src/experiments/TrainedRun.js';
import type { Io } from '../src/Io.js';
import type { DecisionBoundarySpec } from '../src/plot/DecisionBoundarySpec.js';
import type { HistogramSpec } from '../src/plot/HistogramSpec.js';
import type { LegendEntry } from '../src/plot/LegendEntry.js';
import type { LinePlotSpec, LineSeries } from '../src/plot/LinePlotSpec.js';
import type { PlotFigure } from '../src/plot/PlotFigure.js';
import type { ReportFigure, ReportPage, ReportSection } from '../src/report/ReportPage.js';

/** The @examples of the exported types: each compiles (pnpm typecheck checks this file) and holds. */
describe("the exported types' examples", () => {
  it('command line types', () => {
    const name: CommandName = 'verify';
    const init: NamedInitialization = { label: 'random:scale=10', initialization: { name: 'random', scale: 10 } };
    const flags: Flags = { iterations: '100', json: true, init: ['he'] };
    const line: CommandLine = { command: 'help', topic: 'deep' };
    expect([name, init.label, flags.iterations, line.command]).toEqual(['verify', 'random:scale=10', '100', 'help']);
    expectTypeOf(init.initialization).toEqualTypeOf<Initialization>();
    const compare = parseCommandLine([]);
    expectTypeOf<Extract<CommandLine, { command: 'compare' }>['options']>().toEqualTypeOf<CompareOptions>();
    expectTypeOf<Extract<CommandLine, { command: 'deep' }>['options']>().toEqualTypeOf<DeepOptions>();
    expectTypeOf<Extract<CommandLine, { command: 'verify' }>['options']>().toEqualTypeOf<VerifyOptions>();
    expect(compare.command === 'compare' && compare.options.seed).toBeUndefined();
  });

  it('experiment types', () => {
    const dataset: DatasetName = 'circles';
    const data: ExperimentData = loadDataset(dataset, undefined);
    const progress: Progress = { run: 2, label: 'he', iteration: 14000, iterations: 15000, cost: 0.0736 };
    const trained: TrainedRun = { iterations: [0, 100], costs: [0.69, 0.6], seconds: 0.01, diverged: undefined };
    const subject: ConformanceSubject = {
      name: 'he_normal',
      title: 'he (fan_in, relu)',
      initialization: 'he',
      source: 'float32',
      kind: 'iid',
    };
    const check: SuiteCheck = {
      test: 'ks',
      statistic: 0.004,
      pValue: 0.61,
      threshold: 5e-9,
      rejected: false,
      detail: 'D = 0.004, n = 10000',
    };
    const kase: SuiteCase = {
      shape: [64, 32],
      seed: 7,
      n: 10240,
      distribution: 'normal(mean 0, std 0.25)',
      checks: [check],
    };
    const result: SubjectResult = { subject, alpha: 4e-8, cases: [kase], passed: true, seconds: 0.4 };
    const suite: SuiteResult = { passed: true, alpha: 1e-6, groups: 27, subjects: [result] };
    expect(data.streams).toBe(
      'numpy RandomState: training data seed 1, test data seed 2, weights seed 3 (the notebook)',
    );
    expect([
      progress.iteration < progress.iterations,
      trained.costs.length,
      suite.subjects[0]!.cases[0]!.checks[0]!.test,
    ]).toEqual([true, 2, 'ks']);
  });

  it('plot, report and I/O types', () => {
    const entry: LegendEntry = { label: 'he', color: '#0072B2', swatch: 'line' };
    const plot: PlotFigure = { kind: 'line', title: 'Cost', width: 400, height: 260, plot: { marks: [] } };
    const s: LineSeries = {
      label: 'he',
      points: [
        [0, 0.88],
        [1000, 0.69],
      ],
    };
    const line: LinePlotSpec = { title: 'Cost', xLabel: 'iteration', yLabel: 'cost', series: [s], yScale: 'log' };
    const histogram: HistogramSpec = {
      title: 'W2, he',
      values: [0.1, -0.3],
      density: (v) => Math.exp((-v * v) / 0.4) / Math.sqrt(0.4 * Math.PI),
      declared: 'normal(0, √0.2)',
    };
    const boundary: DecisionBoundarySpec = {
      title: 'he',
      bounds: { x0: -1, x1: 1, y0: -1, y1: 1 },
      grid: { nx: 2, ny: 1, classes: [0, 1] },
      points: { x: [0.5, 0.5], labels: [1] },
    };
    const figure: ReportFigure = { svg: '<svg/>', caption: 'Cost every 100 iterations.' };
    const section: ReportSection = {
      id: 'cost',
      heading: 'Cost during training',
      text: 'Zeros never move.',
      figures: [figure],
    };
    const page: ReportPage = {
      title: 'nninit compare',
      summary: 'He wins.',
      settings: [['data', 'circles']],
      sections: [section],
    };
    const lines: string[] = [];
    const io: Io = {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
      color: false,
      progress: false,
      columns: 80,
      cwd: '/tmp',
    };
    io.out('a');
    expect([
      entry.swatch,
      [plot.kind, plot.width, plot.height],
      line.series.length,
      histogram.values.length,
      boundary.grid.nx,
      page.sections.length,
      lines,
    ]).toEqual(['line', ['line', 400, 260], 1, 2, 2, 1, ['a']]);
  });
});
