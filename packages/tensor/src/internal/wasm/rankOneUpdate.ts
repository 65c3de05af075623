import { wasm } from '@nninit/internal/wasm';

/** The vector shape of a kernel: float32 ×4 (f32x4Kernel) or float64 ×2 (panelKernel). */
export interface Lanes {
  /** Bytes of one B element, the stride of the splat loads. */
  readonly bytes: 4 | 8;
  /** Loads the B element at the address on the stack + offset into every lane. */
  readonly splat: (offset: number) => number[];
  readonly mul: () => number[];
  readonly add: () => number[];
}

export const F32X4: Lanes = { bytes: 4, splat: wasm.load32Splat, mul: wasm.f32x4Mul, add: wasm.f32x4Add };
export const F64X2: Lanes = { bytes: 8, splat: wasm.load64Splat, mul: wasm.f64x2Mul, add: wasm.f64x2Add };

/**
 * The arithmetic of one depth step p of a register tile: for each column c, B[p, c] (at local
 * `pb` + c·bytes) is splatted into local `t`, then every accumulator of that column takes
 * acc[v][c] ← av[v]·t (`first`: the peeled first product) or acc[v][c] ← acc[v][c] + av[v]·t,
 * one multiply and one add, never fused. `av[v]` holds row vector v of op(A) at depth p, loaded
 * by the caller. Column by column, so each splat is used right after its load.
 */
export function rankOneUpdate(
  lanes: Lanes,
  acc: readonly (readonly number[])[],
  av: readonly number[],
  pb: number,
  t: number,
  first: boolean,
): number[] {
  const { get, set } = wasm;
  const code: number[] = [];
  const columns = acc[0]!.length;
  for (let c = 0; c < columns; c++) {
    code.push(...get(pb), ...lanes.splat(lanes.bytes * c), ...set(t));
    for (let v = 0; v < av.length; v++) {
      const x = acc[v]![c]!;
      if (first) code.push(...get(av[v]!), ...get(t), ...lanes.mul(), ...set(x));
      else code.push(...get(x), ...get(av[v]!), ...get(t), ...lanes.mul(), ...lanes.add(), ...set(x));
    }
  }
  return code;
}
