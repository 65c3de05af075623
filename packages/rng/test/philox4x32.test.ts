import { philox4x32 } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

const hex = (words: Uint32Array): string[] => [...words].map((w) => w.toString(16).padStart(8, '0'));

// Known-answer vectors from Random123's kat_vectors (philox4x32 10 rounds).
describe('philox4x32', () => {
  it('reproduces the Random123 known-answer vectors', () => {
    expect(hex(philox4x32([0, 0, 0, 0], [0, 0]))).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    const ones = 0xffffffff;
    expect(hex(philox4x32([ones, ones, ones, ones], [ones, ones]))).toEqual([
      '408f276d',
      '41c83b0e',
      'a20bc7c6',
      '6d5451fd',
    ]);
    expect(hex(philox4x32([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]))).toEqual([
      'd16cfe09',
      '94fdcceb',
      '5001e420',
      '24126ea1',
    ]);
  });

  it('returns a fresh Uint32Array and accepts any array-like of words', () => {
    const out = philox4x32(new Uint32Array([0, 0, 0, 0]), [0, 0]);
    expect(out).toBeInstanceOf(Uint32Array);
    expect(out).toEqual(philox4x32([0, 0, 0, 0], new Uint32Array(2)));
  });

  it.each([
    [[0, 0, 0], [0, 0], RangeError, 'philox4x32: counter must have 4 words, got 3'],
    [[0, 0, 0, 0], [0], RangeError, 'philox4x32: key must have 2 words, got 1'],
    [[0, 0, 0, -1], [0, 0], RangeError, 'philox4x32: counter[3] must be an integer in [0, 2^32), got -1'],
    [[0, 0, 0, 0], [2 ** 32, 0], RangeError, 'philox4x32: key[0] must be an integer in [0, 2^32), got 4294967296'],
    [[0, 0.5, 0, 0], [0, 0], RangeError, 'philox4x32: counter[1] must be an integer in [0, 2^32), got 0.5'],
    [[0, 0, NaN, 0], [0, 0], RangeError, 'philox4x32: counter[2] must be an integer in [0, 2^32), got NaN'],
    [[0, 0, '1', 0], [0, 0], TypeError, 'philox4x32: counter[2] must be a number, got "1"'],
    [null, [0, 0], TypeError, 'philox4x32: counter must be an array of 4 uint32 words, got null'],
    [[0, 0, 0, 0], 7, TypeError, 'philox4x32: key must be an array of 2 uint32 words, got 7'],
  ])('rejects counter %j, key %j', (counter, key, cls, message) => {
    expect(() => philox4x32(counter as never, key as never)).toThrow(cls);
    expect(() => philox4x32(counter as never, key as never)).toThrow(message);
  });
});
