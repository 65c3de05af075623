import { philox } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import {
  adam,
  coordinateCheck,
  gradientDescent,
  MLP,
  makeBlobs,
  makeCircles,
  makeMoons,
  makeSpirals,
  makeXor,
  momentum,
  mup,
  probeSignal,
  train,
  trainTestSplit,
} from '@nninit/train';
import { describe, expect, it } from 'vitest';

// A misspelled option used to be ignored: the call ran with the default instead (full-batch
// training, a relu network, 100 samples, no momentum…). Every options object now refuses it.
describe('unknown option keys are RangeErrors that suggest the nearest key', () => {
  const data = {
    x: tensor([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]),
    y: tensor([0, 1, 0, 1]),
  };
  const model = () => new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
  const base = { loss: 'binary_cross_entropy', optimizer: gradientDescent({ learningRate: 0.1 }), iterations: 1 };
  it.each([
    ['train', () => train(model(), data, { ...base, batchsize: 2 } as never), 'batchsize', 'batchSize'],
    ['train', () => train(model(), data, { ...base, recordevery: 2 } as never), 'recordevery', 'recordEvery'],
    [
      'MLP',
      () => new MLP({ sizes: [2, 1], initialization: 'zeros', activaton: 'tanh' } as never),
      'activaton',
      'activation',
    ],
    ['makeCircles', () => makeCircles({ nsamples: 10 } as never), 'nsamples', 'nSamples'],
    ['makeMoons', () => makeMoons({ shufle: false } as never), 'shufle', 'shuffle'],
    ['makeBlobs', () => makeBlobs({ rng: philox(0), clusterstd: 2 } as never), 'clusterstd', 'clusterStd'],
    ['makeSpirals', () => makeSpirals({ rng: philox(0), nclasses: 2 } as never), 'nclasses', 'nClasses'],
    ['makeXor', () => makeXor({ rng: philox(0), noize: 0.1 } as never), 'noize', 'noise'],
    ['gradientDescent', () => gradientDescent({ learningRate: 0.1, momentum: 0.9 } as never), 'momentum', undefined],
    ['momentum', () => momentum({ learningRate: 0.1, betta: 0.5 } as never), 'betta', 'beta'],
    ['adam', () => adam({ beta_1: 0.5 } as never), 'beta_1', 'beta1'],
    [
      'trainTestSplit',
      () => trainTestSplit(data, { test_size: 0.5, rng: philox(0) } as never),
      'test_size',
      'testSize',
    ],
    ['probeSignal', () => probeSignal(model(), data, { los: 'binary_cross_entropy' } as never), 'los', 'loss'],
    [
      'mup',
      () => mup({ basewidths: [2, 8, 1], widths: [2, 16, 1], optimizer: 'sgd' } as never),
      'basewidths',
      'baseWidths',
    ],
    [
      'coordinateCheck',
      () =>
        coordinateCheck(model(), data, {
          loss: 'binary_cross_entropy',
          optimizer: gradientDescent({ learningRate: 0.1 }),
          step: 2,
        } as never),
      'step',
      'steps',
    ],
  ] as const)('%s refuses %#', (fn, call, key, suggestion) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(`${fn}: each key of options must be one of `);
    expect(call).toThrow(`got ${JSON.stringify(key)}`);
    if (suggestion !== undefined) expect(call).toThrow(`(did you mean ${JSON.stringify(suggestion)}?)`);
  });

  it('an unknown key is refused even when its value is undefined', () => {
    expect(() => makeCircles({ nsamples: undefined } as never)).toThrow(RangeError);
  });

  it.each([
    ['makeCircles', () => makeCircles({ nSamples: null } as never), 'nSamples'],
    ['train', () => train(model(), data, { ...base, batchSize: null } as never), 'batchSize'],
    ['MLP', () => new MLP({ sizes: [2, 1], initialization: 'zeros', bias: null } as never), 'bias'],
    ['adam', () => adam({ beta1: null } as never), 'beta1'],
  ] as const)('%s: null is a TypeError, not a silent default', (fn, call, key) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(`${fn}: ${key} must be a value, or left out for its default, got null`);
  });

  it('nested option objects too: learningRateMultipliers', () => {
    const call = () => adam({ learningRateMultipliers: { weights: [1], bias: [1] } as never });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(
      'adam: each key of learningRateMultipliers must be one of "weights", "biases", got "bias" (did you mean "biases"?)',
    );
  });

  it('nested option objects too: an activation object', () => {
    const call = () =>
      new MLP({ sizes: [2, 3, 1], initialization: 'zeros', activation: { name: 'leaky_relu', alpa: 0.2 } as never });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(
      'MLP: each key of activation must be one of "name", "alpha", got "alpa" (did you mean "alpha"?)',
    );
    expect(
      () => new MLP({ sizes: [2, 3, 1], initialization: 'zeros', activation: { name: 'tanh', alpha: 1 } as never }),
    ).toThrow('MLP: each key of activation must be one of "name", got "alpha"');
  });

  it('trainTestSplit names the two domains of testSize and the value', () => {
    const call = () => trainTestSplit(data, { testSize: 2.5, rng: philox(0) });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(
      'trainTestSplit: testSize must be a fraction in (0, 1) or an integer count in [1, 3] that leaves both parts of the 4 examples non-empty, got 2.5',
    );
  });

  it('the correctly spelled options still work (the defaults they replace are not what was asked)', () => {
    expect(makeCircles({ nSamples: 10, shuffle: false }).x.shape).toEqual([10, 2]);
    const result = train(model(), data, { ...base, iterations: 4, recordEvery: 2 } as never);
    expect(result.iterations).toEqual([0, 2]);
  });
});
