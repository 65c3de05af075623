import { format } from './format.js';

/** Validates a leaky-ReLU slope: a finite number. */
export function checkAlpha(fn: string, alpha: unknown): number {
  if (typeof alpha !== 'number') throw new TypeError(`${fn}: alpha must be a finite number, got ${format(alpha)}`);
  if (!Number.isFinite(alpha)) throw new RangeError(`${fn}: alpha must be a finite number, got ${alpha}`);
  return alpha;
}
