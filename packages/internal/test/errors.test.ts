import { fail, formatChoices, formatValue } from '@nninit/internal';
import { describe, expect, it } from 'vitest';

describe('formatValue', () => {
  it.each([
    [1.5, '1.5'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
    [-Infinity, '-Infinity'],
    [10n, '10n'],
    [true, 'true'],
    [undefined, 'undefined'],
    [null, 'null'],
    ['1e-6', '"1e-6"'],
    [[2, -1], '[2,-1]'],
    [[[1, 2], [3]], '[[1,2],[3]]'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9], 'an array of length 9'],
    [['a'], 'an array of length 1'],
    [new Float32Array(3), 'a Float32Array of length 3'],
    [new Int8Array(2), 'an Int8Array of length 2'],
    [new DataView(new ArrayBuffer(8)), 'a DataView of 8 bytes'],
    [new Map(), 'a Map'],
    [{}, 'an object'],
    [Object.create(null), 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'Symbol(s)'],
  ])('renders %o as %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it('cuts long strings at 60 characters', () => {
    expect(formatValue('x'.repeat(100))).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
  });

  it('quotes choices', () => {
    expect(formatChoices(['fan_in', 'fan_out'])).toBe('"fan_in", "fan_out"');
  });
});

describe('fail', () => {
  it('builds "fn: param must be condition, got value" with the given class', () => {
    const error = fail(RangeError, 'kstwoSf', 'd', 'in [0, 1]', 1.5);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('kstwoSf: d must be in [0, 1], got 1.5');
    expect(fail(TypeError, 'f', 'x', 'a number', '1')).toBeInstanceOf(TypeError);
  });
});
