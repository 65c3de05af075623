import { formatValue, validateShape } from '@nninit/internal';
import { validateRank } from './validateRank.js';

/** Which fan a scaled initializer divides by. */
export type FanMode = 'fan_in' | 'fan_out' | 'fan_avg';

/**
 * fanIn = shape[1]·prod(shape[2:]), fanOut = shape[0]·prod(shape[2:]) for a weight of shape
 * `[fanOut, fanIn, ...receptiveField]` (PyTorch's `_calculate_fan_in_and_fan_out`).
 */
export function fans(fn: string, shape: unknown): { fanIn: number; fanOut: number } {
  validateShape(fn, 'shape', shape);
  const dims = shape as readonly number[];
  validateRank(fn, dims, 2, Infinity, 'fans need [fanOut, fanIn, ...receptiveField]');
  let receptive = 1;
  for (let i = 2; i < dims.length; i++) receptive *= dims[i] as number;
  return { fanIn: (dims[1] as number) * receptive, fanOut: (dims[0] as number) * receptive };
}

/**
 * The fan a scaled initializer divides by — fanIn, fanOut or (fanIn + fanOut)/2 — checked
 * positive: a zero fan would make the variance infinite.
 */
export function fanFor(fn: string, shape: readonly number[], mode: FanMode): number {
  const { fanIn, fanOut } = fans(fn, shape);
  if (mode !== 'fan_out' && !(fanIn > 0))
    throw new RangeError(`${fn}: fanIn of shape ${formatValue(shape)} must be positive, got ${fanIn}`);
  if (mode !== 'fan_in' && !(fanOut > 0))
    throw new RangeError(`${fn}: fanOut of shape ${formatValue(shape)} must be positive, got ${fanOut}`);
  return mode === 'fan_in' ? fanIn : mode === 'fan_out' ? fanOut : (fanIn + fanOut) / 2;
}
