import type { WasmWorkspace } from './wasmWorkspace.js';

/**
 * forwardLayer on the workspace's memory (every argument a byte address there, `stride` in
 * bytes): unit pairs with the 2-unit kernel, an odd last unit with the 1-unit one. Same bits as
 * forwardLayer (see productKernel for why).
 */
export function forwardLayerWasm(
  ws: WasmWorkspace,
  w: number,
  b: number,
  a: number,
  out: number,
  nOut: number,
  nIn: number,
  cols: number,
  stride: number,
  relu: boolean,
  round: boolean,
): void {
  const pairs = nOut & ~1;
  const r = relu ? 1 : 0,
    f = round ? 1 : 0;
  if (pairs > 0) ws.forward2(w, 8, nIn * 8, b, 8, a, out, 0, pairs, nIn, cols, stride, r, f);
  if (pairs < nOut)
    ws.forward1(
      w + pairs * nIn * 8,
      8,
      nIn * 8,
      b + pairs * 8,
      8,
      a,
      out + pairs * stride,
      0,
      1,
      nIn,
      cols,
      stride,
      r,
      f,
    );
}
