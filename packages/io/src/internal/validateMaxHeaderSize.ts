import { validateNumber } from '@nninit/internal';
import { MAX_HEADER_SIZE } from './npyHeader.js';

/** `options.maxHeaderSize`: a safe integer ≥ 0, default numpy's 10,000. */
export function validateMaxHeaderSize(fn: string, value: unknown): number {
  if (value === undefined) return MAX_HEADER_SIZE;
  return validateNumber(fn, 'options.maxHeaderSize', value, { integer: true, min: 0 });
}
