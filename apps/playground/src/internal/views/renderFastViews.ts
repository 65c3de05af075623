import { byId } from '../page/byId.js';
import type { Snapshot } from '../session/Snapshot.js';
import { drawBoundary } from './drawBoundary.js';
import { drawLayerHistograms } from './drawLayerHistograms.js';
import { palette } from './palette.js';

/**
 * The views cheap enough for every frame: the numbers (each with its exact value in
 * `data-value` for the tests), the decision surface and the per-layer histograms on canvases,
 * and the identical-units notice that zeros' symmetry shows.
 */
export function renderFastViews(
  s: Snapshot,
  points: Snapshot['points'],
  scratch: { canvas?: HTMLCanvasElement },
): void {
  byId('iteration').textContent = String(s.iteration);
  const trainLoss = byId('trainLoss');
  trainLoss.textContent = s.trainLoss.toPrecision(6);
  trainLoss.dataset.value = String(s.trainLoss);
  const testLoss = byId('testLoss');
  testLoss.textContent = s.testLoss.toPrecision(6);
  testLoss.dataset.value = String(s.testLoss);
  const accuracy = byId('accuracy');
  accuracy.textContent = `${(s.trainAccuracy * 100).toFixed(1)} % / ${(s.testAccuracy * 100).toFixed(1)} %`;
  accuracy.dataset.test = String(s.testAccuracy);
  byId('rate').textContent = s.iterationsPerSecond > 0 ? Math.round(s.iterationsPerSecond).toLocaleString('en') : '–';
  drawBoundary(byId<HTMLCanvasElement>('boundary'), s.grid, points, scratch);
  drawLayerHistograms(byId<HTMLCanvasElement>('activations'), s.layers, 'activation', palette[0] as string);
  drawLayerHistograms(byId<HTMLCanvasElement>('gradients'), s.layers, 'gradient', palette[1] as string);
  const same = s.layers.filter((l) => l.identicalUnits);
  const box = byId('identical');
  box.dataset.layers = same.map((l) => l.layer).join(',');
  const text =
    same.length === 0
      ? ''
      : `Identical units: in ${same.map((l) => `layer ${l.layer} (${l.units} units)`).join(', ')} every hidden unit has the same weights and bias, so they compute the same thing and get the same gradient: training cannot tell them apart (the symmetry zeros never breaks).`;
  if (box.textContent !== text) box.textContent = text;
}
