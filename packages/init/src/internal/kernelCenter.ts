/**
 * The centre of a conv kernel of shape `[out, in, ...kernel]`: per spatial dimension k, index
 * ⌊k/2⌋ (PyTorch's `dirac_` and JAX's `delta_orthogonal`; for an even size, the later of the two
 * middle elements). Returns the indices, their row-major offset inside one kernel, and the kernel
 * volume (the product of the spatial dimensions).
 */
export function kernelCenter(shape: readonly number[]): { center: number[]; offset: number; volume: number } {
  const kernel = shape.slice(2);
  const center = kernel.map((k) => Math.floor(k / 2));
  let offset = 0,
    volume = 1;
  for (let d = 0; d < kernel.length; d++) {
    offset = offset * (kernel[d] as number) + (center[d] as number);
    volume *= kernel[d] as number;
  }
  return { center, offset, volume };
}
