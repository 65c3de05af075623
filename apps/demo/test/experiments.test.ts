import { RandomState } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import { gradientDescent, MLP, predict, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli/parseCommandLine.js';
import { classifierSetup } from '../src/experiments/classifierSetup.js';
import { costInterval } from '../src/experiments/costInterval.js';
import { datasets } from '../src/experiments/datasets.js';
import { decisionGrid } from '../src/experiments/decisionGrid.js';
import { finalCost } from '../src/experiments/finalCost.js';
import { loadDataset } from '../src/experiments/loadDataset.js';
import { runCompare } from '../src/experiments/runCompare.js';
import { runDeep } from '../src/experiments/runDeep.js';
import { trainRun } from '../src/experiments/trainRun.js';

describe('data', () => {
  it("loadDataset without a seed is the notebook's data, from numpy's streams (the @example)", () => {
    const data = loadDataset('circles', undefined);
    expect(data.train.x.get(0, 0)).toBe(-0.07741354010048114);
    expect(data.train.x.shape).toEqual([300, 2]);
    expect(data.test.x.shape).toEqual([100, 2]);
    expect(data.streams).toBe(
      'numpy RandomState: training data seed 1, test data seed 2, weights seed 3 (the notebook)',
    );
    // Every run's weights start from np.random.seed(3).
    const a = new Float64Array(2),
      b = new Float64Array(2);
    data.weightsRng().fillNormal(a);
    data.weightsRng().fillNormal(b);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a[0]).toBe(new RandomState(3).randn(1)[0]);
  });

  it('loadDataset with a seed uses independent Philox streams, the same for the same seed', () => {
    const [a, b, c] = [loadDataset('moons', 7), loadDataset('moons', 7), loadDataset('moons', 8)];
    expect(Array.from(a.train.x.data)).toEqual(Array.from(b.train.x.data));
    expect(Array.from(a.train.x.data)).not.toEqual(Array.from(c.train.x.data));
    expect(Array.from(a.train.x.data.subarray(0, 10))).not.toEqual(Array.from(a.test.x.data.subarray(0, 10)));
    expect(a.streams).toBe("Philox: philox(7) forked into 'train', 'test', 'weights' and 'batches'");
  });

  it('every data set has 2 features and labels 0 … classes−1 (the datasets @example)', () => {
    expect(Object.keys(datasets)).toEqual(['circles', 'moons', 'spirals', 'xor', 'blobs']);
    expect(datasets.spirals.classes).toBe(3);
    for (const name of Object.keys(datasets) as (keyof typeof datasets)[]) {
      const { train, test, classes } = loadDataset(name, 1);
      expect(train.x.shape, name).toEqual([300, 2]);
      expect(test.y.shape, name).toEqual([100]);
      expect(new Set(train.y.data), name).toEqual(new Set(Array.from({ length: classes }, (_, k) => k)));
    }
  });

  it('classifierSetup (the @example)', () => {
    expect(classifierSetup(2)).toEqual({ outputs: 1, output: 'sigmoid', loss: 'binary_cross_entropy' });
    expect(classifierSetup(3)).toEqual({ outputs: 3, output: 'softmax', loss: 'softmax_cross_entropy' });
  });

  it('costInterval: a divisor of 1000 giving at least 100 points (the @example)', () => {
    expect([costInterval(15000), costInterval(300), costInterval(50)]).toEqual([100, 2, 1]);
    for (const n of [1, 99, 100, 1234, 15000, 10_000_000]) {
      const k = costInterval(n);
      expect(1000 % k).toBe(0);
      expect(n / k >= 100 || k === 1).toBe(true);
    }
  });
});

describe('training helpers', () => {
  const xy = {
    x: tensor([
      [0, 0],
      [1, 1],
    ]),
    y: tensor([0, 1]),
  };

  it('trainRun records costs and times a run (the @example)', () => {
    const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
    const run = trainRun(model, xy, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate: 0.1 }),
      iterations: 3,
    });
    expect(run.costs[0]).toBe(Math.LN2);
    expect(run.iterations).toEqual([0, 1, 2]);
    expect(run.diverged).toBeUndefined();
    expect(run.seconds).toBeGreaterThan(0);
  });

  it('trainRun turns a divergence into a result, keeping the costs recorded before it', () => {
    const data = loadDataset('circles', undefined);
    const model = new MLP({
      sizes: [2, 10, 1],
      output: 'linear',
      initialization: { name: 'random', scale: 10 },
      rng: new RandomState(3),
    });
    const seen: number[] = [];
    const run = trainRun(
      model,
      { x: data.train.x, y: data.train.y.reshape([300, 1]) },
      { loss: 'mean_squared_error', optimizer: gradientDescent({ learningRate: 10 }), iterations: 1000 },
      (it) => seen.push(it),
    );
    expect(run.diverged).toBeDefined();
    expect(run.diverged!.parameter).toMatch(/^([Wb]\d+\[\d+\]|cost)$/); // a parameter, or the cost itself
    expect(run.iterations.length).toBe(run.diverged!.iteration); // every iteration before the bad update was recorded
    expect(seen).toEqual(run.iterations);
  });

  it('finalCost is the loss of the trained parameters: the cost train reports before the next update (the @example)', () => {
    expect(finalCost(new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' }), xy)).toBe(Math.LN2);
    for (const name of ['circles', 'spirals'] as const) {
      const data = loadDataset(name, 3);
      const { outputs, output, loss } = classifierSetup(data.classes);
      const model = new MLP({ sizes: [2, 8, outputs], output, initialization: 'he', rng: data.weightsRng() });
      train(model, data.train, { loss, optimizer: gradientDescent({ learningRate: 0.1 }), iterations: 50 });
      const next = train(model.clone(), data.train, {
        loss,
        optimizer: gradientDescent({ learningRate: 0.1 }),
        iterations: 1,
      }).costs[0]!;
      expect(Math.abs(finalCost(model, data.train) - next) / next, name).toBeLessThan(1e-12);
    }
  });

  it("decisionGrid: a square grid over the data whose classes are the model's predictions at the cell centres (the @example)", () => {
    const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
    model.weights[0]!.set([0, 0], 1);
    const { bounds, grid } = decisionGrid(
      model,
      tensor([
        [-1, -1],
        [1, 1],
      ]),
      4,
    );
    expect(Array.from(grid.classes).slice(0, 4)).toEqual([0, 0, 1, 1]);
    expect(bounds.x1 - bounds.x0).toBeCloseTo(bounds.y1 - bounds.y0, 12);
    const data = loadDataset('moons', 1);
    const trained = new MLP({ sizes: [2, 6, 1], output: 'sigmoid', initialization: 'he', rng: data.weightsRng() });
    const g = decisionGrid(trained, data.train.x, 9);
    const dx = (g.bounds.x1 - g.bounds.x0) / 9;
    const centre = (i: number, j: number) => [g.bounds.x0 + (i + 0.5) * dx, g.bounds.y0 + (j + 0.5) * dx];
    const expected = predict(
      trained,
      tensor(Array.from({ length: 81 }, (_, k) => centre(k % 9, Math.floor(k / 9)))),
    ).data;
    expect(Array.from(g.grid.classes)).toEqual(Array.from(expected));
    for (let i = 0; i < 300; i++) {
      expect(data.train.x.get(i, 0)).toBeGreaterThan(g.bounds.x0);
      expect(data.train.x.get(i, 1)).toBeLessThan(g.bounds.y1);
    }
  });
});

describe('runCompare and runDeep', () => {
  it("runCompare: a run per initialization, each from the notebook's weight stream (the @example)", () => {
    const options = parseCommandLine(['--iterations', '1000']);
    if (options.command !== 'compare') throw new Error('compare expected');
    const runs = runCompare(options.options, loadDataset('circles', undefined));
    expect(runs.map((r) => r.label)).toEqual(['zeros', 'random:scale=10', 'he']);
    expect(runs[2]!.costs[0]).toBeCloseTo(0.8830537463419761, 12);
    expect(runs[2]!.initialWeights[0]!.get(0, 0)).toBe(1.7886284734303186); // np.random.seed(3); randn()·√(2/2)
    expect(runs[1]!.initialWeights[0]!.get(0, 0)).toBe(17.886284734303186);
    expect(runs[0]!.iterations).toEqual(Array.from({ length: 100 }, (_, i) => 10 * i));
    expect(runs[2]!.initialSignal).toHaveLength(3);
  });

  it('runDeep: the He picture — flat for he, vanishing for random 0.01, exploding for random 1 (the @example)', () => {
    const line = parseCommandLine(['deep', '--layers', '6', '--width', '50', '--iterations', '2']);
    if (line.command !== 'deep') throw new Error('deep expected');
    const runs = runDeep(line.options, loadDataset('circles', 0));
    expect(runs.map((r) => r.label)).toEqual(['zeros', 'random:scale=0.01', 'random:scale=1', 'xavier', 'he']);
    const ratio = (label: string): number => {
      const s = runs.find((r) => r.label === label)!.initialSignal;
      return s[5]!.activation.std / s[1]!.activation.std; // layer 6 over layer 2: four ReLU layers of 50
    };
    expect(ratio('random:scale=0.01')).toBeLessThan(1e-4); // ×(0.01²·50/2)^(1/2) = 0.05 per layer: 6e-6 in expectation
    expect(ratio('random:scale=1')).toBeGreaterThan(100); // ×5 per layer: 625
    expect(ratio('xavier')).toBeLessThan(0.5); // ×1/√2 per layer: 1/4 in expectation
    expect(ratio('he')).toBeGreaterThan(0.4);
    expect(ratio('he')).toBeLessThan(2.5);
    expect(runs[0]!.initialSignal.every((s) => s.activation.std === 0 || s.layer === 7)).toBe(true);
    for (const r of runs) {
      expect(r.iterations).toEqual([0, 1]);
      expect(r.sampleLayer).toBe(4);
      expect(r.sampleWeights).toHaveLength(2500);
    }
    expect(runs[4]!.declared).toEqual({ family: 'normal', mean: 0, std: 0.2 });
  });
});
