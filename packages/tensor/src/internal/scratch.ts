import { allocate } from '@nninit/internal';

let buffer = new Float64Array(0);

/**
 * A grow-only float64 work buffer (matmul's packed panels, reductions' float64 accumulators),
 * shared by all calls so a training loop allocates nothing after its first iteration. It holds
 * no state between calls that can affect a result: every call overwrites the part it reads (JavaScript runs one call at a time per
 * thread, and workers get their own module instance). `fn` names the public function in the RangeError
 * when the buffer cannot grow.
 */
export function scratch(fn: string, size: number): Float64Array {
  if (buffer.length < size) buffer = allocate(fn, `a float64 work buffer of ${size} elements`, Float64Array, size);
  return buffer;
}
