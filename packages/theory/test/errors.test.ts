import { criticalWeightStd, meanField, phaseDiagram, varianceMap } from '@nninit/theory';
import { describe, expect, it } from 'vitest';

describe('errors name the function, the parameter and the value', () => {
  it.each([
    [
      () => meanField({ activation: 'tanhh' as never, weightStd: 1, biasStd: 0 }),
      RangeError,
      /^meanField: options\.activation must be one of "relu", .* got "tanhh" \(did you mean "tanh"\?\)$/,
    ],
    [
      () => meanField({ activation: 'relu', weightStd: 1, biasStd: 0, biasstd: 1 } as never),
      RangeError,
      /^meanField: each key of options must be one of "activation", "weightStd", "biasStd", got "biasstd"/,
    ],
    [
      () => meanField({ activation: 'relu', weightStd: -1, biasStd: 0 }),
      RangeError,
      /^meanField: options\.weightStd must be a finite number in \[0, 1e\+50\], got -1$/,
    ],
    [
      () => meanField({ activation: 'relu', weightStd: Number.NaN, biasStd: 0 }),
      RangeError,
      /options\.weightStd .* got NaN$/,
    ],
    [
      () => meanField({ activation: 'relu', weightStd: 1, biasStd: Infinity }),
      RangeError,
      /^meanField: options\.biasStd .* got Infinity$/,
    ],
    [
      () => meanField({ activation: 'relu', weightStd: '1' as never, biasStd: 0 }),
      TypeError,
      /^meanField: options\.weightStd must be a number, got "1"$/,
    ],
    [() => meanField(undefined as never), TypeError, /^meanField: options must be/],
    [
      () => meanField({ activation: { name: 'leaky_relu', alpha: 0.2 } as never, weightStd: 1, biasStd: 0 }),
      RangeError,
      /^meanField: each key of options\.activation must be one of "name", "a", got "alpha"/,
    ],
    [
      () => meanField({ activation: { name: 'leaky_relu', a: 2 }, weightStd: 1, biasStd: 0 }),
      RangeError,
      /^meanField: options\.activation\.a must be a finite number in \[-1, 1\], got 2$/,
    ],
    [
      () => meanField({ activation: { fn: Math.tanh } as never, weightStd: 1, biasStd: 0 }),
      TypeError,
      /^meanField: options\.activation\.derivative must be a function, got undefined$/,
    ],
    [
      () =>
        meanField({ activation: { fn: Math.tanh, derivative: () => 1, extra: 1 } as never, weightStd: 1, biasStd: 0 }),
      RangeError,
      /^meanField: each key of options\.activation must be one of "fn", "derivative", got "extra"/,
    ],
    [
      () => meanField({ activation: { fn: (x) => Math.log(x), derivative: (x) => 1 / x }, weightStd: 1, biasStd: 0 }),
      RangeError,
      /^meanField: options\.activation\.fn must return a finite number, got NaN at x = -/,
    ],
    [
      () => meanField({ activation: { fn: () => 'a' as never, derivative: () => 1 }, weightStd: 1, biasStd: 0 }),
      TypeError,
      /^meanField: options\.activation\.fn must return a finite number, got "a"/,
    ],
    [
      () => varianceMap('relu', 1, 0, -1, 3),
      RangeError,
      /^varianceMap: q0 must be a finite number in \[0, 1e\+100\], got -1$/,
    ],
    [
      () => varianceMap('relu', 1, 0, 1, 2.5),
      RangeError,
      /^varianceMap: depth must be an integer in \[0, 1000000\], got 2\.5$/,
    ],
    [
      () => varianceMap('relu', 4, 0, 1, 1000),
      RangeError,
      /^varianceMap: depth must be at most \d+ for these scales, got 1000/,
    ],
    [
      () => criticalWeightStd('tanh', -0.1),
      RangeError,
      /^criticalWeightStd: biasStd must be a finite number in \[0, 1e\+50\], got -0\.1$/,
    ],
    [() => criticalWeightStd(null as never, 0), TypeError, /^criticalWeightStd: activation must be one of/],
    [
      () => phaseDiagram('relu', [], [0]),
      RangeError,
      /^phaseDiagram: weightStds must be an array of 1 to 10000 numbers, got \[\]$/,
    ],
    [
      () => phaseDiagram('relu', [1, -1], [0]),
      RangeError,
      /^phaseDiagram: weightStds\[1\] must be a finite number in \[0, 1e\+50\], got -1$/,
    ],
    [
      () => phaseDiagram('relu', [1], 0 as never),
      TypeError,
      /^phaseDiagram: biasStds must be an array of numbers, got 0$/,
    ],
  ])('%#', (call, kind, message) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });

  it('a user activation that is finite everywhere is accepted, and validation runs before any work', () => {
    let calls = 0;
    const fn = (x: number) => {
      calls++;
      return Math.tanh(x);
    };
    expect(() => meanField({ activation: { fn, derivative: () => 1 }, weightStd: -1, biasStd: 0 })).toThrow(RangeError);
    expect(calls).toBe(0);
  });
});
