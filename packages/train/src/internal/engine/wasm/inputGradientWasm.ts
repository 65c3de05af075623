import type { WasmWorkspace } from './wasmWorkspace.js';

/**
 * inputGradient on the workspace's memory (every argument a byte address there, `stride` in
 * bytes; `zero` the address of a +0.0, the sums' start): input pairs with the 2-unit kernel, an
 * odd last input with the 1-unit one, Wᵀ read in place. Same bits as inputGradient (see
 * productKernel for why).
 */
export function inputGradientWasm(
  ws: WasmWorkspace,
  w: number,
  zero: number,
  dz: number,
  aPrev: number,
  dzPrev: number,
  nOut: number,
  nIn: number,
  cols: number,
  stride: number,
  relu: boolean,
  round: boolean,
): void {
  const pairs = nIn & ~1;
  const r = relu ? 1 : 0,
    f = round ? 1 : 0;
  if (pairs > 0) ws.backward2(w, nIn * 8, 8, zero, 0, dz, dzPrev, aPrev, pairs, nOut, cols, stride, r, f);
  if (pairs < nIn)
    ws.backward1(
      w + pairs * 8,
      nIn * 8,
      8,
      zero,
      0,
      dz,
      dzPrev + pairs * stride,
      aPrev + pairs * stride,
      1,
      nOut,
      cols,
      stride,
      r,
      f,
    );
}
