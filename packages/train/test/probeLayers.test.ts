import { philox } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import { adam, gradientDescent, MLP, makeCircles, makeSpirals, probeLayers, probeSignal, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';

describe('probeLayers', () => {
  it('documented example: a zero network gives ln 2, σ(0) = ½ and (σ(z) − y)/n', () => {
    const model = new MLP({ sizes: [2, 3, 1], output: 'sigmoid', initialization: 'zeros' });
    const x = tensor([
      [1, 2],
      [3, 4],
    ]);
    const probe = probeLayers(model, { x, y: tensor([[1], [0]]) }, { loss: 'binary_cross_entropy' });
    expect(probe.cost).toBe(Math.LN2);
    expect([...probe.layers[1]!.activation]).toEqual([0.5, 0.5]);
    expect([...probe.layers[1]!.gradient]).toEqual([-0.25, 0.25]);
    expect(probe.layers.map((p) => [p.layer, p.units, p.examples])).toEqual([
      [1, 3, 2],
      [2, 1, 2],
    ]);
  });

  it('the values are a direct computation: z = W·x + b, a = relu(z), units × examples', () => {
    const model = new MLP({ sizes: [1, 2, 1], output: 'sigmoid', initialization: 'zeros' });
    model.weights[0]!.data.set([1, -2]);
    model.biases[0]!.data.set([0.5, 0]);
    const { layers } = probeLayers(
      model,
      { x: tensor([[1], [2], [3]]), y: tensor([[0], [1], [1]]) },
      { loss: 'binary_cross_entropy' },
    );
    expect([...layers[0]!.preActivation]).toEqual([1.5, 2.5, 3.5, -2, -4, -6]);
    expect([...layers[0]!.activation]).toEqual([1.5, 2.5, 3.5, 0, 0, 0]);
  });

  it('cost is bit for bit the cost train records for the same parameters, and the moments are probeSignal’s', () => {
    const data = makeSpirals({ nSamples: 90, nClasses: 3, noise: 0.2, rng: philox(4) });
    const model = new MLP({
      sizes: [2, 8, 8, 3],
      activation: 'tanh',
      output: 'softmax',
      initialization: 'glorot_uniform',
      rng: philox(5),
    });
    train(model, data, { loss: 'softmax_cross_entropy', optimizer: adam({ learningRate: 0.01 }), iterations: 7 });
    const probe = probeLayers(model, data, { loss: 'softmax_cross_entropy' });
    const { costs } = train(model.clone(), data, {
      loss: 'softmax_cross_entropy',
      optimizer: gradientDescent({ learningRate: 0.1 }),
      iterations: 1,
    });
    expect(probe.cost).toBe(costs[0]);
    const signal = probeSignal(model, data, { loss: 'softmax_cross_entropy' });
    const mean = (v: Float64Array) => v.reduce((s, t) => s + t, 0) / v.length;
    probe.layers.forEach((p, i) => {
      expect(mean(p.activation)).toBeCloseTo(signal[i]!.activation.mean, 12);
      expect(mean(p.gradient)).toBeCloseTo(signal[i]!.gradient!.mean, 12);
    });
  });

  it('the gradients are the trainer’s: ∂L/∂W⁽¹⁾ = Σ δ⁽¹⁾·xᵀ gives the first update of plain gradient descent', () => {
    const data = makeCircles({ nSamples: 20, noise: 0.1, rng: philox(0) });
    const model = new MLP({ sizes: [2, 3, 1], output: 'sigmoid', initialization: 'he', rng: philox(1) });
    const before = Float64Array.from(model.weights[0]!.data);
    const { layers } = probeLayers(model, data, { loss: 'binary_cross_entropy' });
    train(model, data, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate: 1 }),
      iterations: 1,
    });
    const delta = layers[0]!.gradient;
    for (let u = 0; u < 3; u++) {
      for (let f = 0; f < 2; f++) {
        let g = 0;
        for (let j = 0; j < 20; j++) g += delta[u * 20 + j]! * data.x.get(j, f);
        expect(before[u * 2 + f]! - model.weights[0]!.data[u * 2 + f]!).toBeCloseTo(g, 12);
      }
    }
  });

  it('refuses an unknown option key and a missing loss, naming itself', () => {
    const model = new MLP({ sizes: [1, 1], output: 'sigmoid', initialization: 'zeros' });
    const data = { x: tensor([[1]]), y: tensor([[1]]) };
    expect(() => probeLayers(model, data, { loss: 'binary_cross_entropy', los: 1 } as never)).toThrow(
      /^probeLayers: .*los/,
    );
    expect(() => probeLayers(model, data, undefined as never)).toThrow(/^probeLayers: /);
  });
});
