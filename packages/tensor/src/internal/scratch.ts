let buffer = new Float64Array(0);

/**
 * A grow-only float64 work buffer (matmul's packed panels, reductions' float64 accumulators),
 * shared by all calls so a training loop allocates nothing after its first iteration. It holds
 * no state between calls that can affect a result: every call overwrites the part it reads. (JavaScript runs one call at a time per
 * thread, and workers get their own module instance.)
 */
export function scratch(size: number): Float64Array {
  if (buffer.length < size) buffer = new Float64Array(size);
  return buffer;
}
