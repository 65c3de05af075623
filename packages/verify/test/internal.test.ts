import { describe, expect, it } from 'vitest';
import { drawCase } from '../src/conformance/drawCase.js';
import { checkNumber } from '../src/internal/checkNumber.js';
import { checkOneOf } from '../src/internal/checkOneOf.js';
import { checkOptions } from '../src/internal/checkOptions.js';
import { checkSampleArray } from '../src/internal/checkSampleArray.js';
import { checkSampleSize } from '../src/internal/checkSampleSize.js';
import { fail } from '../src/internal/fail.js';
import { formatNumber } from '../src/internal/formatNumber.js';
import { formatValue } from '../src/internal/formatValue.js';
import { checkMeanOption } from '../src/variance/checkMeanOption.js';

describe('error formatting helpers', () => {
  it('formatValue renders each kind of value (TSDoc examples)', () => {
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue('1e-6')).toBe('"1e-6"');
    expect(formatValue(new Float32Array(3))).toBe('a Float32Array of length 3');
    expect([
      formatValue([1, 2]),
      formatValue(null),
      formatValue(undefined),
      formatValue(() => 1),
      formatValue(3n),
      formatValue({}),
    ]).toEqual(['an array of length 2', 'null', 'undefined', 'a function', '3n', 'a value of type object']);
  });
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the test name quotes the message template
  it('fail builds `${fn}: ${param} must be ${condition}, got ${value}` (TSDoc example)', () => {
    const error = fail(RangeError, 'kstwoSf', 'd', 'in [0, 1]', 1.5);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('kstwoSf: d must be in [0, 1], got 1.5');
  });
  it('formatNumber keeps six digits and uses exponents for small levels (TSDoc examples)', () => {
    expect(formatNumber(0.044194173824159216)).toBe('0.0441942');
    expect(formatNumber(0.000001)).toBe('1e-6');
    expect([formatNumber(2.5e-8), formatNumber(0), formatNumber(123456789), formatNumber(-Infinity)]).toEqual([
      '2.5e-8',
      '0',
      '1.23457e8',
      '-Infinity',
    ]);
  });
});

describe('validators', () => {
  it('checkNumber, checkOneOf, checkOptions, checkSampleArray, checkSampleSize, checkMeanOption (TSDoc examples)', () => {
    expect(checkNumber('normal', 'std', 0.5, 'a positive finite number', (s) => s > 0)).toBe(0.5);
    expect(() => checkNumber('normal', 'std', -1, 'a positive finite number', (s) => s > 0)).toThrow(
      new RangeError('normal: std must be a positive finite number, got -1'),
    );
    expect(checkOneOf('ksTest', 'options.alternative', undefined, ['two-sided', 'less', 'greater'], 'two-sided')).toBe(
      'two-sided',
    );
    expect(() => checkOneOf('f', 'p', 3, ['a'], 'a')).toThrow(new TypeError('f: p must be one of "a", got 3'));
    expect(checkOptions('ksTest', undefined)).toEqual({});
    expect(() => checkOptions('f', [] as unknown as object)).toThrow(
      new TypeError('f: options must be an object or undefined, got an array of length 0'),
    );
    const xs = [0.1, 0.2];
    expect(checkSampleArray('ksTest', xs)).toBe(xs);
    expect(() => checkSampleArray('ksTest', [])).toThrow(
      new RangeError('ksTest: samples.length must be at least 1, got 0'),
    );
    expect(() => checkSampleArray('f', new DataView(new ArrayBuffer(8)))).toThrow(
      new TypeError('f: samples must be an array-like of numbers, got a DataView of length 8'),
    );
    expect(() => checkSampleSize('kstwoSf', 0)).toThrow(new RangeError('kstwoSf: n must be an integer >= 1, got 0'));
    expect(checkMeanOption('chiSquareVarianceTest', undefined, 10)).toBe(0);
  });
  it('drawCase pools seeds (TSDoc example) and refuses an empty shape', () => {
    expect(drawCase((_, seed) => new Float64Array(6).fill(seed), [2, 3], 7, 10)).toMatchObject({ ok: true, draws: 2 });
    expect(
      Array.from(
        (drawCase((_, seed) => new Float64Array(6).fill(seed), [2, 3], 7, 10) as { samples: Float64Array }).samples,
      ),
    ).toEqual([7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8]);
    expect(drawCase(() => new Float64Array(0), [0, 3], 1, 10)).toMatchObject({
      ok: false,
      failure: { test: 'validity', detail: 'shape [0, 3] has no elements' },
    });
  });
});
