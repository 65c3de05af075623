import { describeDistribution, type InitializerName, initialize, initializerNames, initializers } from '@nninit/init';
import { describe, expect, it } from 'vitest';

// A shape and a complete parameter set that each canonical initializer accepts.
const VALID: Record<string, { shape: number[]; params: Record<string, unknown> }> = {
  zeros: { shape: [2, 2], params: {} },
  ones: { shape: [2, 2], params: {} },
  constant: { shape: [2, 2], params: { value: 3 } },
  random: { shape: [2, 2], params: { scale: 1 } },
  normal: { shape: [2], params: { mean: 1, std: 2 } },
  uniform: { shape: [2], params: { low: -1, high: 1 } },
  truncated_normal: { shape: [2], params: { mean: 0, std: 1, a: -1, b: 1 } },
  he_normal: { shape: [2, 2], params: { nonlinearity: 'leaky_relu', param: 0.1, mode: 'fan_out' } },
  he_uniform: { shape: [2, 2], params: { nonlinearity: 'leaky_relu', param: 0.1, mode: 'fan_out' } },
  glorot_normal: { shape: [2, 2], params: { gain: 2 } },
  glorot_uniform: { shape: [2, 2], params: { gain: 2 } },
  lecun_normal: { shape: [2, 2], params: {} },
  lecun_uniform: { shape: [2, 2], params: {} },
  variance_scaling: { shape: [2, 2], params: { scale: 2, mode: 'fan_avg', distribution: 'uniform' } },
  orthogonal: { shape: [2, 2], params: { gain: 2 } },
  identity: { shape: [2, 2], params: { gain: 2 } },
  dirac: { shape: [2, 2, 3], params: { groups: 2 } },
  sparse: { shape: [4, 2], params: { sparsity: 0.5, std: 1 } },
  delta_orthogonal: { shape: [2, 2, 3], params: { gain: 2 } },
};

describe('the registry', () => {
  it("has the issue's 19 initializers and 7 aliases, each name resolving to its entry", () => {
    expect(Object.keys(initializers)).toEqual(Object.keys(VALID));
    expect(initializerNames).toEqual([
      ...Object.keys(VALID),
      'he',
      'kaiming_normal',
      'kaiming_uniform',
      'xavier',
      'xavier_normal',
      'xavier_uniform',
      'eye',
    ]);
    const aliasOf = Object.fromEntries(Object.values(initializers).flatMap((i) => i.aliases.map((a) => [a, i.name])));
    expect(aliasOf).toEqual({
      he: 'he_normal',
      kaiming_normal: 'he_normal',
      kaiming_uniform: 'he_uniform',
      xavier: 'glorot_normal',
      xavier_normal: 'glorot_normal',
      xavier_uniform: 'glorot_uniform',
      eye: 'identity',
    });
    for (const [alias, name] of Object.entries(aliasOf)) {
      const { shape, params } = VALID[name] as { shape: number[]; params: Record<string, unknown> };
      expect(describeDistribution(shape, { name: alias as InitializerName, ...params } as never)).toEqual(
        describeDistribution(shape, { name, ...params } as never),
      );
    }
  });

  it('each entry accepts exactly its listed parameters, and draws iff it says it is random', () => {
    for (const info of Object.values(initializers)) {
      const { shape, params } = VALID[info.name] as { shape: number[]; params: Record<string, unknown> };
      expect(Object.keys(params).sort()).toEqual([...info.parameters].sort());
      const w = initialize(shape, { name: info.name, ...params } as never, { seed: 1 });
      expect(w.shape).toEqual(shape);
      if (info.random)
        expect(() => initialize(shape, { name: info.name, ...params } as never)).toThrow(
          /options\.rng or options\.seed must be given/,
        );
      else expect(initialize(shape, { name: info.name, ...params } as never).data).toEqual(w.data);
      expect(() => initialize(shape, { name: info.name, ...params, bogus: 1 } as never, { seed: 1 })).toThrow(
        RangeError,
      );
      expect(info.reference.length).toBeGreaterThan(10);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(initializers)).toBe(true);
    expect(Object.isFrozen(initializers.he_normal)).toBe(true);
    expect(Object.isFrozen(initializers.he_normal.aliases)).toBe(true);
    expect(Object.isFrozen(initializerNames)).toBe(true);
  });
});
