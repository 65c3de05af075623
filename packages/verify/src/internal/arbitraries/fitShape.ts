/**
 * Brings a raw [out, in, ...kernel] shape inside the limits without losing its spread: kernel
 * dimensions shrink until their product (the receptive field) is ≤ maxFan; out and in are
 * rescaled (not clipped, so they do not pile up at the cap) into [1, maxFan/receptive]; then the
 * larger of out and in shrinks until the element count is ≤ maxSize.
 *
 * @example
 * fitShape([4096, 4096], 4096, 65536); // [16, 4096]
 */
export function fitShape(raw: readonly number[], maxFan: number, maxSize: number): number[] {
  const kernel = raw.slice(2);
  const product = (xs: readonly number[]): number => xs.reduce((p, x) => p * x, 1);
  while (product(kernel) > maxFan) {
    const i = kernel.indexOf(Math.max(...kernel));
    kernel[i] = Math.max(1, Math.floor(kernel[i]! / 2));
  }
  const receptive = product(kernel);
  const cap = Math.max(1, Math.floor(maxFan / receptive));
  const rescale = (d: number): number => Math.max(1, Math.ceil((d * cap) / maxFan));
  let out = rescale(raw[0]!);
  let inputs = rescale(raw[1]!);
  const budget = Math.max(1, Math.floor(maxSize / receptive));
  if (out * inputs > budget) {
    if (out >= inputs) out = Math.max(1, Math.floor(budget / inputs));
    else inputs = Math.max(1, Math.floor(budget / out));
  }
  if (out * inputs > budget) inputs = Math.max(1, Math.floor(budget / out));
  if (out * inputs > budget) out = Math.max(1, Math.floor(budget / inputs));
  return [out, inputs, ...kernel];
}
