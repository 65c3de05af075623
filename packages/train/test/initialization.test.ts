import { philox } from '@nninit/rng';
import { MLP } from '@nninit/train';
import { describe, expect, it } from 'vitest';

// Non-finite initial weights used to surface only in train, as "W1 became NaN at iteration 0;
// lower the learning rate": the wrong layer and the wrong cause. They are refused by the
// constructor now, naming the layer and the initialization, before anything is drawn.
describe('MLP: initializations whose weights would not be finite', () => {
  it.each([
    [
      'a random scale of 1e308 in float64',
      { sizes: [2, 3, 1], initialization: { name: 'random', scale: 1e308 }, rng: philox(0) },
      "MLP: initialization must be a valid initialization of layer 1's weights [3,2], got an object: describeDistribution: scale must be small enough for float64",
    ],
    [
      'a constant of 1e300 in float32, in the second layer only',
      {
        sizes: [2, 3, 1],
        initialization: ['zeros', { name: 'constant', value: 1e300 }],
        dtype: 'float32',
      },
      "MLP: initialization[1] must be a valid initialization of layer 2's weights [1,3], got an object: describeDistribution: value must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+300), got 1e+300",
    ],
  ] as const)('%s is a RangeError naming the layer', (_, options, message) => {
    const call = () => new MLP(options as never);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('every layer is validated before any is drawn: a bad last layer consumes no randomness', () => {
    const rng = philox(0);
    expect(() => new MLP({ sizes: [2, 3, 1], initialization: ['he', { name: 'random', scale: -1 }], rng })).toThrow(
      RangeError,
    );
    const fresh = new MLP({ sizes: [2, 3, 1], initialization: 'he', rng: philox(0) });
    const after = new MLP({ sizes: [2, 3, 1], initialization: 'he', rng });
    expect(after.weights[0]!.toArray()).toEqual(fresh.weights[0]!.toArray());
  });

  it("init's own error is kept as the cause, unchanged", () => {
    let error: unknown;
    try {
      new MLP({ sizes: [2, 1], initialization: 'hee' as never, rng: philox(0) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    const cause = (error as Error).cause as Error;
    expect(cause).toBeInstanceOf(RangeError);
    expect(cause.message).toMatch(/^describeDistribution: initialization must be one of .* \(did you mean "he"\?\)$/);
    expect((error as Error).message.endsWith(cause.message)).toBe(true);
  });

  it('large but finite initializations still work', () => {
    const model = new MLP({ sizes: [2, 3, 1], initialization: { name: 'random', scale: 1e30 }, rng: philox(0) });
    expect(Array.from(model.weights[0]!.data).every(Number.isFinite)).toBe(true);
  });
});
