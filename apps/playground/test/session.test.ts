import { philox } from '@nninit/rng';
import { adam, MLP, makeCircles, makeMoons, makeSpirals, momentum, probeLayers, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';
import { declaredDensity } from '../src/internal/session/declaredDensity.js';
import { histogram } from '../src/internal/session/histogram.js';
import { Session } from '../src/internal/session/Session.js';
import { parseState } from '../src/internal/state/parseState.js';

/** The loss after `iterations` of one train() call, built from @nninit/train alone. */
function reference(seed: number, iterations: number, batchSize?: number) {
  const root = philox(seed);
  const data = makeMoons({ nSamples: 120, noise: 0.2, rng: root.fork('train') });
  root.fork('test');
  const model = new MLP({
    sizes: [2, 8, 8, 1],
    activation: 'tanh',
    output: 'sigmoid',
    initialization: { name: 'glorot_uniform' },
    rng: root.fork('weights'),
  });
  train(model, data, {
    loss: 'binary_cross_entropy',
    optimizer: adam({ learningRate: 0.01 }),
    iterations,
    ...(batchSize === undefined ? {} : { batchSize, rng: root.fork('batches') }),
  });
  return { model, cost: probeLayers(model, data, { loss: 'binary_cross_entropy' }).cost };
}

describe('Session: a run in chunks is one train() call, bit for bit', () => {
  const query =
    'dataset=moons&noise=0.2&train=120&test=40&hidden=8,8&activation=tanh&init=glorot_uniform&optimizer=adam&lr=0.01&seed=7';

  it('full batch, Adam (its moments persist across chunks): chunks of 1, 7 and 92 iterations', () => {
    const session = new Session(parseState(query));
    session.advanceEpochs(1);
    session.advanceEpochs(7);
    session.advanceEpochs(92);
    const ref = reference(7, 100);
    expect(session.iteration).toBe(100);
    session.model.weights.forEach((w, l) => expect(w.data).toEqual(ref.model.weights[l]!.data));
    expect(session.trainLoss()).toBe(ref.cost);
    // Power canary: one iteration fewer is a different loss.
    expect(reference(7, 99).cost).not.toBe(session.trainLoss());
  });

  it('mini-batches of 25 (5 per epoch, the last one smaller): chunks at epoch boundaries, at= rounds down to epochs', () => {
    const session = new Session(parseState(`${query}&batch=25`));
    expect(session.epochLength).toBe(5);
    session.advanceTo(13); // 2 epochs
    expect(session.iteration).toBe(10);
    session.advanceEpochs(3);
    session.advanceTo(50);
    expect(session.iteration).toBe(50);
    expect(session.trainLoss()).toBe(reference(7, 50, 25).cost);
  });

  it('the snapshot reports train()’s cost at its iteration, the test loss, and accuracies in [0, 1]', () => {
    const session = new Session(parseState(query));
    session.advanceTo(30);
    const s = session.snapshot(true);
    expect(s.iteration).toBe(30);
    expect(s.trainLoss).toBe(reference(7, 30).cost);
    expect(s.testLoss).toBeGreaterThan(0);
    expect(s.layers.map((l) => l.units)).toEqual([8, 8, 1]);
    expect(s.points?.labels.length).toBe(120);
    expect(s.grid.classes.length).toBe(48 * 48);
    for (const a of [s.trainAccuracy, s.testAccuracy]) expect(a >= 0 && a <= 1).toBe(true);
  });

  it('momentum and a three-class softmax set: the same bits as train()', () => {
    const session = new Session(
      parseState('dataset=spirals&noise=0.2&train=90&test=30&hidden=6&optimizer=momentum&lr=0.05&seed=3'),
    );
    session.advanceTo(40);
    const root = philox(3);
    const data = makeSpirals({ nSamples: 90, nClasses: 3, noise: 0.2, rng: root.fork('train') });
    const model = new MLP({
      sizes: [2, 6, 3],
      output: 'softmax',
      initialization: 'he_normal',
      rng: root.fork('weights'),
    });
    train(model, data, { loss: 'softmax_cross_entropy', optimizer: momentum({ learningRate: 0.05 }), iterations: 40 });
    expect(session.trainLoss()).toBe(probeLayers(model, data, { loss: 'softmax_cross_entropy' }).cost);
  });
});

describe('what the views show', () => {
  it('zeros: every hidden unit identical after training (the notebook: symmetry is never broken), He: not', () => {
    const zeros = new Session(parseState('init=zeros&at=0'));
    zeros.advanceTo(200);
    expect(zeros.snapshot(false).layers.map((l) => l.identicalUnits)).toEqual([true, true, false]);
    expect(zeros.trainLoss()).toBeCloseTo(Math.LN2, 12);
    const he = new Session(parseState(''));
    he.advanceTo(200);
    expect(he.snapshot(false).layers.map((l) => l.identicalUnits)).toEqual([false, false, false]);
  });

  it('at iteration 0 the weight histogram follows the declared density (He: N(0, 2/fanIn))', () => {
    const s = new Session(parseState('hidden=256&seed=2')).snapshot(false);
    const layer = s.layers[1]!; // W2: [1, 256], 256 weights from N(0, 2/256)
    expect(layer.declared).toMatchObject({ kind: 'density', label: 'N(0, 0.0884²)' });
    const big = new Session(parseState('hidden=256,256&seed=2')).snapshot(false).layers[1]!; // 65,536 weights
    const { lo, hi, counts, total } = big.weights;
    const bw = (hi - lo) / counts.length;
    const d = big.declared as { x: Float64Array; y: Float64Array };
    // The density at each bin's centre against the histogram, in the bulk (|x| < 2σ).
    const sigma = Math.sqrt(2 / 256);
    for (let k = 0; k < counts.length; k++) {
      const centre = lo + (k + 0.5) * bw;
      if (Math.abs(centre) > 2 * sigma) continue;
      const expected = Math.exp(-((centre / sigma) ** 2) / 2) / (sigma * Math.sqrt(2 * Math.PI));
      expect(counts[k]! / (total * bw)).toBeCloseTo(expected, -0.3); // within ±1 on a density of about 4.5
      // The drawn curve is the same function.
      const i = Math.round(((centre - lo) / (hi - lo)) * (d.x.length - 1));
      const curve = Math.exp(-((d.x[i]! / sigma) ** 2) / 2) / (sigma * Math.sqrt(2 * Math.PI));
      expect(d.y[i]).toBeCloseTo(curve, 12);
    }
  });

  it('declaredDensity: each family integrates to 1 over its support, a constant is a value', () => {
    const integral = (x: Float64Array, y: Float64Array) => {
      let s = 0;
      for (let i = 1; i < x.length; i++) s += ((y[i]! + y[i - 1]!) / 2) * (x[i]! - x[i - 1]!);
      return s;
    };
    const normal = declaredDensity({ family: 'normal', mean: 0, std: 1 }, -8, 8, 2001);
    const truncated = declaredDensity({ family: 'truncated_normal', mean: 0, std: 1, low: -2, high: 2 }, -2, 2, 4001);
    const uniform = declaredDensity({ family: 'uniform', low: -0.5, high: 0.5 }, -0.5, 0.4999999, 2001);
    for (const d of [normal, truncated, uniform]) {
      if (d.kind !== 'density') throw new Error('not a density');
      expect(integral(d.x, d.y)).toBeCloseTo(1, 3);
    }
    expect(declaredDensity({ family: 'constant', value: 0 }, -1, 1)).toEqual({
      kind: 'constant',
      label: 'constant 0',
      value: 0,
    });
  });

  it('histogram: every value counted once, the maximum in the last bin, a constant widened', () => {
    const h = histogram([0, 1, 2, 3, 4], 4);
    expect([...h.counts]).toEqual([1, 1, 1, 2]);
    expect([h.lo, h.hi, h.total]).toEqual([0, 4, 5]);
    const flat = histogram([0, 0, 0], 3);
    expect(flat.hi).toBeGreaterThan(flat.lo);
    expect([...flat.counts].reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('an initializer that cannot fill a dense layer is refused with init’s message, before training', () => {
    expect(() => new Session(parseState('init=dirac'))).toThrow(/^MLP: /);
    expect(() => new Session(parseState('init=he_normal&p.mod=fan_out'))).toThrow(/mod/);
  });

  it('the notebook’s circles are train’s makeCircles with the forked stream', () => {
    const s = new Session(parseState('seed=5'));
    const data = makeCircles({ nSamples: 300, noise: 0.05, rng: philox(5).fork('train') });
    expect(s.train.x.data).toEqual(data.x.data);
  });
});
