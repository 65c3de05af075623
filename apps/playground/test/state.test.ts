import { describe, expect, it } from 'vitest';
import { formatState } from '../src/internal/state/formatState.js';
import { DEFAULT_STATE, type PlaygroundState } from '../src/internal/state/PlaygroundState.js';
import { parseState } from '../src/internal/state/parseState.js';

describe('the URL holds the whole state', () => {
  it('an empty query is the notebook: circles, [2, 10, 5, 1], ReLU, He, gradient descent η = 0.01, full batch', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toMatchObject({ dataset: 'circles', noise: 0.05, nTrain: 300, nTest: 100, hidden: [10, 5] });
  });

  it('formatState then parseState gives back every field, numbers to the last bit', () => {
    const state: PlaygroundState = {
      dataset: 'spirals',
      noise: 0.1 + 0.2, // 0.30000000000000004: the shortest round-trip text keeps it
      nTrain: 500,
      nTest: 77,
      hidden: Array.from({ length: 30 }, (_, i) => i + 1),
      activation: 'leaky_relu',
      init: 'variance_scaling',
      initParams: { scale: 1 / 3, mode: 'fan_avg', distribution: 'uniform' },
      optimizer: 'adam',
      learningRate: 3e-4,
      batchSize: 32,
      seed: -123456789012,
      at: 4200,
    };
    expect(parseState(formatState(state))).toEqual(state);
  });

  it('refuses an unknown key, naming it, rather than run something else', () => {
    expect(() => parseState('dataset=moons&lr=0.1&sede=3')).toThrow('parseState: query key must be one of');
    expect(() => parseState('sede=3')).toThrow('"sede"');
  });

  it.each([
    ['dataset=iris', 'dataset must be one of circles, moons, spirals, xor, blobs, got "iris"'],
    ['hidden=10,0', 'hidden must be 1–30 comma-separated integer widths in [1, 256], got "10,0"'],
    [`hidden=${Array(31).fill(2).join(',')}`, 'hidden must be 1–30'],
    ['lr=NaN', 'lr must be a number in [0.000001, 10], got "NaN"'],
    ['lr=', 'lr must be a number'],
    ['batch=2.5', 'batch must be an integer'],
    ['seed=1e300', 'seed must be an integer'],
    ['at=-1', 'at must be an integer in [0, 10000000], got "-1"'],
    ['activation=softmax', 'activation must be one of relu, tanh, leaky_relu, sigmoid'],
    ['init=he%3Bx', 'init must be an initializer name'],
  ])('refuses %s', (query, message) => {
    expect(() => parseState(query)).toThrow(`parseState: ${message}`);
  });

  it('initializer parameters are p.<name>: numbers when they read as one, text otherwise', () => {
    expect(parseState('init=random&p.scale=10').initParams).toEqual({ scale: 10 });
    expect(parseState('init=he_normal&p.mode=fan_out&p.param=0.2').initParams).toEqual({ mode: 'fan_out', param: 0.2 });
  });
});
