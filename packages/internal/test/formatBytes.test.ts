import { describe, expect, it } from 'vitest';
import { formatBytes } from '../src/formatBytes.js';

describe('formatBytes: the reading aid beside a byte count in error messages', () => {
  it('gives GiB from 2^30 bytes up and MiB below, to three significant digits', () => {
    expect(formatBytes(8e9)).toBe('7.45 GiB');
    expect(formatBytes(2 ** 30)).toBe('1 GiB');
    expect(formatBytes(2 ** 30 - 1)).toBe('1020 MiB'); // not "1024 MiB": three digits
    expect(formatBytes(40_000_000)).toBe('38.1 MiB');
    expect(formatBytes(4e11)).toBe('373 GiB');
  });
});
