import { initialize, validateInitialization } from '@nninit/init';
import { describe, expect, it } from 'vitest';

// An adapter configured before it knows the shape must accept exactly what initialize accepts,
// and keep the caller's spelling and parameter names so the call can be rebuilt.

describe('validateInitialization', () => {
  it("keeps the caller's spelling and parameter names, merged from object and options", () => {
    expect(
      validateInitialization('adapter', { name: 'kaiming_normal_', a: 0.1 }, { seed: 1, mode: 'fan_out' }),
    ).toEqual({
      name: 'kaiming_normal_',
      parameters: { a: 0.1, mode: 'fan_out' },
      random: true,
    });
    expect(validateInitialization('adapter', 'zeros')).toEqual({ name: 'zeros', parameters: {}, random: false });
    expect(validateInitialization('adapter', 'HeNormal', { seed: 0 }).name).toBe('HeNormal');
  });

  it('the kept call rebuilds the same draw as the original', () => {
    const { name, parameters } = validateInitialization('adapter', { name: 'trunc_normal_', std: 0.5 }, { a: -0.25 });
    const rebuilt = initialize([4, 3], { name, ...parameters } as never, { seed: 3 });
    const original = initialize([4, 3], { name: 'trunc_normal_', std: 0.5, a: -0.25 }, { seed: 3 });
    expect(rebuilt.data).toEqual(original.data);
  });

  it.each([
    [
      'an unknown name, with the nearest',
      () => validateInitialization('adapter', 'random_norml'),
      RangeError,
      /adapter: initialization must be one of .*random_normal/,
    ],
    [
      'a dialect key in the wrong spelling',
      () => validateInitialization('adapter', 'RandomNormal', { std: 1 }),
      RangeError,
      /adapter: .*"std".*stddev/,
    ],
    [
      'a key no spelling takes',
      () => validateInitialization('adapter', { name: 'he', sead: 1 }),
      RangeError,
      /adapter: each key of initialization/,
    ],
    [
      'a parameter given twice',
      () => validateInitialization('adapter', { name: 'normal', std: 1 }, { std: 2 }),
      TypeError,
      /adapter: std must be given once/,
    ],
    ['a non-string name', () => validateInitialization('adapter', 3), TypeError, /adapter: initialization must be/],
  ] as const)('%s', (_title, call, kind, message) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });

  it('extra option keys are the caller’s to allow', () => {
    expect(() => validateInitialization('adapter', 'he', { seed: 1, repeat: true })).toThrow(RangeError);
    expect(validateInitialization('adapter', 'he', { seed: 1, repeat: true }, ['repeat']).name).toBe('he');
  });
});
