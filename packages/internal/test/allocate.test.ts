import { allocate, MAX_BYTE_LENGTH, validateByteLength } from '@nninit/internal';
import { describe, expect, it } from 'vitest';

describe('allocation limits', () => {
  it('allocates zeroed arrays within the limit', () => {
    expect(allocate('zeros', 'shape [2,3]', Float32Array, 6)).toEqual(new Float32Array(6));
  });

  it('refuses more than 4 GiB before allocating, naming the function and the request', () => {
    expect(() => validateByteLength('permutation', 'n = 1000000000', 1e9, 8)).toThrow(
      new RangeError(
        'permutation: n = 1000000000 needs 8000000000 bytes (7.45 GiB), more than the 4294967296-byte (4 GiB) limit of one array',
      ),
    );
    expect(() => allocate('f', 'x', Float64Array, MAX_BYTE_LENGTH / 8 + 1)).toThrow(/^f: x needs 4294967304 bytes/);
    expect(() => validateByteLength('f', 'x', MAX_BYTE_LENGTH, 1)).not.toThrow();
  });

  it("rewrites the host's allocation failure in nninit's format", () => {
    class Failing {
      static readonly BYTES_PER_ELEMENT = 8;
      constructor() {
        throw new RangeError('Array buffer allocation failed');
      }
    }
    expect(() => allocate('zeros', 'shape [1000]', Failing, 1000)).toThrow(
      new RangeError('zeros: shape [1000] needs 8000 bytes (0.00763 MiB), more than this host could allocate'),
    );
  });
});
