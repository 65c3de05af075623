import { describe, expect, it } from 'vitest';
import { drawCase } from '../src/internal/conformance/drawCase.js';
import { formatNumber } from '../src/internal/formatNumber.js';
import { validateInDomain } from '../src/internal/validateInDomain.js';
import { validateMeanOption } from '../src/internal/validateMeanOption.js';
import { validateOneOf } from '../src/internal/validateOneOf.js';
import { validateSampleArray } from '../src/internal/validateSampleArray.js';
import { validateSampleSize } from '../src/internal/validateSampleSize.js';

describe('formatNumber', () => {
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
  it('validateInDomain, validateOneOf, validateSampleArray, validateSampleSize, validateMeanOption (TSDoc examples)', () => {
    expect(validateInDomain('normal', 'std', 0.5, 'a positive finite number', (s) => s > 0)).toBe(0.5);
    expect(() => validateInDomain('normal', 'std', -1, 'a positive finite number', (s) => s > 0)).toThrow(
      new RangeError('normal: std must be a positive finite number, got -1'),
    );
    expect(
      validateOneOf('ksTest', 'options.alternative', undefined, ['two-sided', 'less', 'greater'], 'two-sided'),
    ).toBe('two-sided');
    expect(() => validateOneOf('f', 'p', 3, ['a'], 'a')).toThrow(new TypeError('f: p must be one of "a", got 3'));
    const xs = [0.1, 0.2];
    expect(validateSampleArray('ksTest', xs)).toBe(xs);
    expect(() => validateSampleArray('ksTest', [])).toThrow(
      new RangeError('ksTest: samples.length must be at least 1, got 0'),
    );
    expect(() => validateSampleArray('f', new DataView(new ArrayBuffer(8)))).toThrow(
      new TypeError('f: samples must be an array-like of numbers, got a DataView of 8 bytes'),
    );
    expect(() => validateSampleSize('kstwoSf', 0)).toThrow(new RangeError('kstwoSf: n must be an integer >= 1, got 0'));
    expect(validateMeanOption('chiSquareVarianceTest', undefined, 10)).toBe(0);
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
