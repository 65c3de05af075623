import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/experiments/loadDataset.js';
import { runLsuv } from '../src/experiments/runLsuv.js';

// Mishkin & Matas (2016): a deep tanh network that does not train from N(0, 1) or from
// N(0, 0.01²) trains once LSUV has rescaled the same small draw. Deterministic: the notebook's
// circles and weight streams, so the thresholds are comparisons of fixed numbers with wide
// margins (measured after 150 steps: N(0, 1) 1.25 with accuracy 0.59, still above the ln 2 of a
// constant guess; N(0, 0.01²) 0.6931 throughout, accuracy 0.5; after LSUV 0.024, accuracy 1).
describe('runLsuv', () => {
  const runs = runLsuv(
    { layers: 20, width: 32, iterations: 150, learningRate: 0.001, recordEvery: 50 },
    loadDataset('circles', undefined),
  );
  const [big, small, rescaled] = runs;

  it('names its three starts', () => {
    expect(runs.map((r) => r.label)).toEqual(['N(0, 1)', 'N(0, 0.01²)', 'N(0, 0.01²) + LSUV']);
  });

  it('too-small weights do not train: the loss stays at ln 2 and accuracy at chance', () => {
    for (const c of small!.costs) expect(Math.abs(c - Math.LN2)).toBeLessThan(1e-3);
    expect(small!.trainAccuracy).toBeLessThan(0.6);
    expect(small!.lsuv).toBeUndefined();
  });

  it('N(0, 1) weights do not train: the loss is still above ln 2 (a constant guess)', () => {
    expect(big!.costs.at(-1)).toBeGreaterThan(Math.LN2);
    expect(big!.trainAccuracy).toBeLessThan(0.8);
  });

  it('the same small draw after LSUV trains: loss below 0.2, accuracy above 95 %', () => {
    expect(rescaled!.lsuv).toHaveLength(21);
    for (const layer of rescaled!.lsuv!) expect(Math.abs(layer.variance - 1)).toBeLessThan(0.1);
    expect(rescaled!.costs.at(-1)).toBeLessThan(0.2);
    expect(rescaled!.trainAccuracy).toBeGreaterThan(0.95);
  });
});
