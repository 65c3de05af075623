import { describeDistribution } from '@nninit/init';
import type { CompareOptions } from '../cli/CompareOptions.js';
import type { CompareRun } from '../experiments/CompareRun.js';
import { classifierSetup } from '../experiments/classifierSetup.js';
import { costInterval } from '../experiments/costInterval.js';
import { decisionGrid } from '../experiments/decisionGrid.js';
import type { ExperimentData } from '../experiments/ExperimentData.js';
import { decisionBoundaryPlot } from '../plot/decisionBoundaryPlot.js';
import { histogramPlot } from '../plot/histogramPlot.js';
import { linePlot } from '../plot/linePlot.js';
import { declaredOverlay } from './declaredOverlay.js';
import { renderReport } from './renderReport.js';
import { signalFigures } from './signalFigures.js';
import { whyHeSection } from './whyHeSection.js';

const percent = (v: number | undefined): string => (v === undefined ? 'n/a' : `${(100 * v).toFixed(2)}\u00a0%`);

/**
 * The HTML report of `compare`: cost curves of every initialization, its decision boundary
 * over the training data (the notebook's figures), the per-layer signal at initialization, and
 * histograms of every layer's initial weights against the distribution @nninit/init declares, and
 * "Why He?": where each initialization sits in ReLU's mean-field phase diagram.
 *
 * @example
 * ```ts
 * const html = compareReport(options, data, runs);
 * html.match(/data-plot="decision-boundary"/g)?.length; // one per run
 * ```
 */
export function compareReport(options: CompareOptions, data: ExperimentData, runs: readonly CompareRun[]): string {
  const sizes = [2, ...options.hidden, classifierSetup(data.classes).outputs];
  const costs = linePlot({
    title: 'Cost during training',
    xLabel: 'iteration',
    yLabel: 'cost',
    series: runs.map((r) => ({
      label: r.label,
      points: r.iterations.map((it, i) => [it, r.costs[i] as number] as const),
      ...(r.diverged ? { note: `diverged at ${r.diverged.iteration}` } : {}),
    })),
  });
  const boundaries = runs.map((r) => ({
    svg: decisionBoundaryPlot({
      title: `${r.label} · test ${percent(r.testAccuracy)}`,
      ...decisionGrid(r.model, data.train.x, 80),
      points: { x: data.train.x.data, labels: data.train.y.data },
    }),
    caption:
      r.diverged === undefined
        ? `Model with ${r.label} initialization: predicted class over the plane (tint) and the training points. Final cost ${r.finalCost.toPrecision(4)}, training accuracy ${percent(r.trainAccuracy)}.`
        : `Model with ${r.label} initialization: training diverged at iteration ${r.diverged.iteration} (${r.diverged.parameter} became non-finite), so its predictions are meaningless.`,
  }));
  const histograms = runs.flatMap((r) =>
    r.initialWeights.map((w, l) => {
      const overlay = declaredOverlay(describeDistribution(w.shape, r.initialization));
      return {
        svg: histogramPlot({ title: `${r.label}: W${l + 1} [${w.shape.join('×')}]`, values: w.data, ...overlay }),
        caption: `The ${w.size} initial weights of layer ${l + 1}; declared: ${overlay.declared}.`,
      };
    }),
  );
  return renderReport({
    title: 'nninit compare — why initialization matters',
    summary: runs.map((r) => `${r.label}: test accuracy ${percent(r.testAccuracy)}`).join(' · '),
    settings: [
      ['data', `${data.name}: ${data.description}; 300 training and 100 test examples`],
      [
        'network',
        `${sizes.join(' → ')}, ReLU hidden layers, ${data.classes === 2 ? 'sigmoid output, binary cross-entropy' : 'softmax output, softmax cross-entropy'}`,
      ],
      [
        'training',
        `${options.iterations} iterations of full-batch gradient descent, learning rate ${options.learningRate}`,
      ],
      ['randomness', data.streams],
    ],
    sections: [
      {
        id: 'cost',
        heading: 'Cost during training',
        text: "In the notebook's experiment: zeros keep every hidden unit identical, so the network is no better than one unit per layer and the cost stays at ln 2. Random weights ×10 saturate the sigmoid: a huge initial cost and slow progress. He initialization learns.",
        figures: [
          {
            svg: costs,
            caption: `Cost on the training set, recorded every ${costInterval(options.iterations)} iterations (log axis when it spans more than two decades).`,
          },
        ],
      },
      {
        id: 'boundaries',
        heading: 'Decision boundaries',
        text: "What each trained network predicts over the plane, with the training data on top, as in the notebook's figures.",
        figures: boundaries,
      },
      {
        id: 'signal',
        heading: 'Signal at initialization',
        text: 'The spread of activations and gradients through the layers before any training: zeros carry nothing, ×10 weights blow the signal up layer after layer, He keeps it steady.',
        figures: signalFigures(
          runs.map((r) => ({ label: r.label, signal: r.initialSignal })),
          'at initialization',
        ),
      },
      {
        id: 'weights',
        heading: 'Initial weights',
        text: "Every layer's initial weights (bars) against the distribution the initializer declares for that shape (curve, or a spike for a constant).",
        figures: histograms,
      },
      whyHeSection(runs),
    ],
  });
}
