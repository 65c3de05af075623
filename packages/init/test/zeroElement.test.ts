import { describeDistribution, type Initialization, initialize, initializeInto, initializerNames } from '@nninit/init';
import { philox, RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

// Zero-element shapes ([0, 5], [1, 0], …). PyTorch's init functions warn and return the tensor
// untouched. nninit returns the empty tensor silently and draws nothing — unless the shape has a
// zero *fan* that a fan-scaled initializer divides by: that stays the RangeError it is for any
// shape, because the declared distribution (σ² = gain²/0) would not be finite.

const PARAMS: Record<string, object> = {
  sparse: { sparsity: 0.3 },
  constant: { value: 2 },
  'torch.linear.bias': { fanIn: 3 },
  'torch.conv.bias': { fanIn: 3 },
};
const SHAPES = [[0, 5], [1, 0], [0, 5, 3], [2, 0, 3], [3, 4, 0], [0], [0, 0]];

describe('zero-element shapes', () => {
  it.each(initializerNames)('%s: an empty tensor that consumes no randomness, or a clear RangeError', (name) => {
    const initialization = { name, ...PARAMS[name] } as Initialization;
    for (const shape of SHAPES) {
      for (const layout of ['torch', 'keras'] as const) {
        const philoxSource = philox(1);
        const numpy = new RandomState(1);
        let result: ReturnType<typeof initialize> | undefined;
        let error: unknown;
        try {
          result = initialize(shape, initialization, { rng: philoxSource, layout });
          initialize(shape, initialization, { rng: numpy, layout });
        } catch (e) {
          error = e;
        }
        if (result !== undefined) {
          expect(result.shape).toEqual(shape);
          expect(result.data.length).toBe(0);
          expect(philoxSource.position).toBe(0);
          expect(numpy.randn(2)).toEqual(new RandomState(1).randn(2));
          // The declaration exists too (describeDistribution shares the validation).
          expect(describeDistribution(shape, initialization, { layout })).toHaveProperty('family');
        } else {
          // Only the shape's rank or a zero fan may reject it, and nothing was drawn first.
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(
            /^initialize: (fanIn of shape .* must be positive, got 0|fanOut of shape .* must be positive, got 0|shape must have|shape\[0\] must be at least shape\[1\])/,
          );
          expect(philoxSource.position).toBe(0);
        }
      }
    }
  });

  it('the policy on named examples: shape-free initializers return [], fan-scaled ones need a positive fan', () => {
    expect(initialize([0, 5], 'normal', { seed: 1 }).shape).toEqual([0, 5]);
    expect(initialize([1, 0], 'uniform', { seed: 1 }).shape).toEqual([1, 0]);
    expect(initialize([0, 5], 'orthogonal', { seed: 1 }).shape).toEqual([0, 5]);
    // he_normal with mode fan_in divides by fanIn = 5: defined, and empty.
    expect(initialize([0, 5], 'he_normal', { seed: 1 }).shape).toEqual([0, 5]);
    expect(() => initialize([1, 0], 'he_normal', { seed: 1 })).toThrow(
      new RangeError('initialize: fanIn of shape [1,0] must be positive, got 0'),
    );
    expect(() => initialize([0, 5], 'glorot_uniform', { seed: 1 })).toThrow(
      new RangeError('initialize: fanOut of shape [0,5] must be positive, got 0'),
    );
  });

  it('initializeInto an empty target writes nothing and draws nothing', () => {
    const rng = philox(2);
    const empty = new Float32Array(0);
    expect(initializeInto(empty, 'he_uniform', { rng, shape: [0, 4] })).toBe(empty);
    expect(rng.position).toBe(0);
  });
});
