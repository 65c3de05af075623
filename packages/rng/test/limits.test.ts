import { PhiloxSource, philox, RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

/** Huge requests are refused with nninit's RangeError before anything is allocated or drawn. */
describe('huge requests never abort the process', () => {
  it('RandomState.permutation is capped at 2^26', () => {
    const rs = new RandomState(1);
    expect(RandomState.MAX_PERMUTATION).toBe(2 ** 26);
    expect(() => rs.permutation(1e9)).toThrow(
      new RangeError('RandomState.permutation: n must be at most 2^26 = 67108864, got 1000000000'),
    );
    expect(() => rs.permutation(2 ** 26 + 1)).toThrow(RangeError);
    // Nothing was drawn: the stream continues as a fresh one.
    expect([...rs.rand(2)]).toEqual([...new RandomState(1).rand(2)]);
  });

  it('PhiloxSource.split is capped at 2^20', () => {
    expect(PhiloxSource.MAX_SPLIT).toBe(2 ** 20);
    expect(() => philox(1).split(1e9)).toThrow(
      new RangeError('PhiloxSource.split: count must be at most 2^20 = 1048576, got 1000000000'),
    );
    expect(
      philox(1)
        .split(3)
        .map((c) => c.key),
    ).toEqual([0, 1, 2].map((i) => philox(1).fork(i).key));
  });

  it.each(['rand', 'randn'] as const)('RandomState.%s(1e12) is a RangeError naming the size', (method) => {
    const rs = new RandomState(1);
    expect(() => rs[method](1e12)).toThrow(
      new RangeError(
        `RandomState.${method}: size = 1000000000000 needs 8000000000000 bytes (7450 GiB), more than the 4294967296-byte (4 GiB) limit of one array`,
      ),
    );
    expect([...rs.rand(2)]).toEqual([...new RandomState(1).rand(2)]);
  });

  it('RandomState.normal and uniform check the size too', () => {
    expect(() => new RandomState(1).normal(0, 1, 2 ** 40)).toThrow(/^RandomState\.normal: size = 1099511627776 needs/);
    expect(() => new RandomState(1).uniform(0, 1, 2 ** 40)).toThrow(
      /^RandomState\.uniform: size = 1099511627776 needs/,
    );
  });
});
