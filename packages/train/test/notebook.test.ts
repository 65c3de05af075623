import { RandomState } from '@nninit/rng';
import { accuracy, gradientDescent, MLP, makeCircles, type TrainResult, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';
import { expectClose } from './helpers/expectClose.js';
import { golden } from './helpers/golden.js';

/**
 * The deeplearning.ai "Initialization" notebook (Improving Deep Neural Networks, week 1):
 * train data np.random.seed(1); make_circles(300, noise=.05), test data seed 2 (100 points);
 * LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID with layers [2, 10, 5, 1], weights drawn after
 * np.random.seed(3), 15000 iterations of gradient descent at 0.01, cost printed every 1000.
 */
interface Run {
  initialWeights: number[][][];
  costs: number[];
  trainAccuracy: number;
  testAccuracy: number;
  finalWeights: number[][][];
  finalBiases: number[][];
}
const numpy = golden<Record<'zeros' | 'random' | 'he', Run>>('notebook.json');

const trainSet = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
const testSet = makeCircles({ nSamples: 100, noise: 0.05, rng: new RandomState(2) });
const initializations = { zeros: 'zeros', random: { name: 'random', scale: 10 }, he: 'he' } as const;

function reproduce(kind: keyof typeof initializations): { model: MLP; result: TrainResult; initial: number[][][] } {
  const model = new MLP({
    sizes: [2, 10, 5, 1],
    output: 'sigmoid',
    initialization: initializations[kind],
    rng: new RandomState(3),
  });
  const initial = model.weights.map((w) => w.toArray() as number[][]);
  const result = train(model, trainSet, {
    loss: 'binary_cross_entropy',
    optimizer: gradientDescent({ learningRate: 0.01 }),
    iterations: 15000,
    recordEvery: 1000,
  });
  return { model, result, initial };
}
const runs = { zeros: reproduce('zeros'), random: reproduce('random'), he: reproduce('he') };

describe('the notebook, reproduced', () => {
  it.each(['zeros', 'random', 'he'] as const)("%s: initial weights equal numpy's bit for bit", (kind) => {
    expect(runs[kind].initial).toEqual(numpy[kind].initialWeights);
  });

  it('he: the published costs to 1e-9 relative at iterations 0, 1000 and 14000', () => {
    const { iterations, costs } = runs.he.result;
    expect(iterations).toEqual([
      0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000,
    ]);
    expectClose(
      [costs[0]!, costs[1]!, costs[14]!],
      [0.8830537463419761, 0.6879825919728063, 0.07357895962677366],
      1e-9,
    );
  });

  it("he: the documented outputs of train's example, exactly", () => {
    const { costs } = runs.he.result;
    expect([costs[0], costs[1], costs[14]]).toEqual([0.8830537463419756, 0.687982591972806, 0.07357895962677372]);
  });

  it('he: every printed cost and the final parameters agree with the numpy loop to 1e-9', () => {
    expectClose(runs.he.result.costs, numpy.he.costs, 1e-9);
    runs.he.model.weights.forEach((w, l) => expectClose(w.data, numpy.he.finalWeights[l]!.flat(), 1e-9));
    runs.he.model.biases.forEach((b, l) => expectClose(b.data, numpy.he.finalBiases[l]!, 1e-9));
  });

  it.each([
    ['zeros', 0.5, 0.5],
    ['random', 0.83, 0.86],
    ['he', 0.9933333333333333, 0.96],
  ] as const)('%s: the published accuracies exactly (train %s, test %s)', (kind, train, test) => {
    expect(accuracy(runs[kind].model, trainSet)).toBe(train);
    expect(accuracy(runs[kind].model, testSet)).toBe(test);
    expect([numpy[kind].trainAccuracy, numpy[kind].testAccuracy]).toEqual([train, test]);
  });

  it('zeros: the cost stays at ln 2 and every hidden unit stays identical', () => {
    expectClose(runs.zeros.result.costs, new Array(15).fill(Math.LN2), 1e-12);
    for (const w of runs.zeros.model.weights) expect(Array.from(w.data).every((v) => v === 0)).toBe(true);
  });

  it('random×10: finite costs where the notebook printed inf, and the same cost at iteration 0 as numpy', () => {
    const { costs } = runs.random.result;
    expect(costs.every(Number.isFinite)).toBe(true);
    expectClose([costs[0]!], [numpy.random.costs[0]!], 1e-12);
    expect(costs[0]).toBeGreaterThan(1000); // saturated sigmoids: the notebook's log(0) = −inf
    expect(costs[14]).toBeLessThan(0.4);
  });
});
