import { describeDomain, validateDType, validateNumber, validateOptions, validateShape } from '@nninit/internal';
import { describe, expect, it } from 'vitest';

describe('validateOptions', () => {
  it('checks own keys only, as Object.keys lists them: an inherited key is not an option', () => {
    const inherited = Object.create({ typo: 1 }) as { a?: number };
    inherited.a = 1;
    expect(validateOptions('f', inherited, ['a'])).toBe(inherited);
    expect(() => validateOptions('f', Object.assign(Object.create({ a: 1 }), { typo: 1 }), ['a'])).toThrow(
      'f: each key of options must be one of "a", got "typo"',
    );
  });

  it('reads undefined as {} and returns the object itself', () => {
    expect(validateOptions<{ a: number }>('f', undefined, ['a'])).toEqual({});
    const options = { a: 1 };
    expect(validateOptions('f', options, ['a'])).toBe(options);
  });

  it.each([null, 1, 'x', [], () => 1])('refuses %o as options with a TypeError', (options) => {
    expect(() => validateOptions('f', options as never, [])).toThrow(TypeError);
    expect(() => validateOptions('f', options as never, [])).toThrow(
      /^f: options must be an object or undefined, got /,
    );
  });

  it('refuses an unknown key, whatever its value, naming the keys and the nearest', () => {
    const call = (o: object): unknown => validateOptions('train', o as never, ['batchSize', 'epochs']);
    expect(() => call({ batchsize: 10 })).toThrow(
      new RangeError(
        'train: each key of options must be one of "batchSize", "epochs", got "batchsize" (did you mean "batchSize"?)',
      ),
    );
    expect(() => call({ batchsize: undefined })).toThrow(RangeError);
    expect(() => call({ zzzzzzzz: 1 })).toThrow(/got "zzzzzzzz"$/);
  });

  it('names a nested object by its path', () => {
    expect(() => validateOptions('train', { lr: 1 } as never, ['learningRate'], 'options.optimizer')).toThrow(
      /^train: each key of options.optimizer must be one of "learningRate", got "lr"$/,
    );
  });
});

describe('validateDType', () => {
  it('applies the fallback to undefined only', () => {
    expect(validateDType('f', 'dtype', undefined, 'float64')).toBe('float64');
    expect(validateDType('f', 'dtype', 'float32', 'float64')).toBe('float32');
  });

  it('refuses null and non-strings with a TypeError, other strings with a RangeError', () => {
    expect(() => validateDType('zeros', 'options.dtype', null, 'float32')).toThrow(
      new TypeError('zeros: options.dtype must be "float32" or "float64", got null'),
    );
    expect(() => validateDType('f', 'dtype', 32)).toThrow(TypeError);
    expect(() => validateDType('f', 'dtype', 'float16')).toThrow(
      new RangeError('f: dtype must be "float32" or "float64", got "float16"'),
    );
  });
});

describe('validateNumber', () => {
  it('passes a number in its domain through', () => {
    expect(validateNumber('f', 'x', 0.5, { min: 0, lessThan: 1 })).toBe(0.5);
    expect(validateNumber('f', 'x', Infinity, { infinite: true })).toBe(Infinity);
  });

  it('refuses a non-number with a TypeError', () => {
    expect(() => validateNumber('f', 'x', '1')).toThrow(new TypeError('f: x must be a number, got "1"'));
  });

  it.each([
    [Number.NaN, {}, 'a finite number'],
    [Infinity, {}, 'a finite number'],
    [Number.NaN, { infinite: true }, 'a number, not NaN'],
    [0.5, { integer: true, min: 1 }, 'an integer ≥ 1'],
    [1, { min: 0, lessThan: 1 }, 'a finite number in [0, 1)'],
    [0, { moreThan: 0 }, 'a finite number > 0'],
    [2, { max: 1 }, 'a finite number ≤ 1'],
    [-0.5, { moreThan: 0, max: 1 }, 'a finite number in (0, 1]'],
  ])('refuses %o in %o: "must be %s"', (value, domain, condition) => {
    expect(() => validateNumber('f', 'x', value, domain)).toThrow(RangeError);
    expect(() => validateNumber('f', 'x', value, domain)).toThrow(`f: x must be ${condition}, got `);
    expect(describeDomain(domain)).toBe(condition);
  });
});

describe('validateShape', () => {
  it('returns the size: the product of the dimensions, 1 for the empty shape (the @example)', () => {
    expect(validateShape('zeros', 'shape', [2, 3])).toBe(6);
    expect(validateShape('zeros', 'shape', [])).toBe(1);
    expect(validateShape('zeros', 'shape', [4, 0])).toBe(0);
  });

  it.each([
    [null, TypeError, 'zeros: shape must be an array of non-negative integers, got null'],
    [[2, '3'], TypeError, 'zeros: shape[1] must be a non-negative integer, got "3"'],
    [[2, -1], RangeError, 'zeros: shape[1] must be a non-negative integer, got -1'],
    [[1.5], RangeError, 'zeros: shape[0] must be a non-negative integer, got 1.5'],
    [[2 ** 27, 2 ** 27], RangeError, 'zeros: shape must have a size below 2^53, got [134217728,134217728]'],
  ])('refuses %j', (shape, kind, message) => {
    expect(() => validateShape('zeros', 'shape', shape)).toThrow(new kind(message));
  });
});
