/**
 * Rounds the first `cols` entries of `rows` rows (row stride `stride`) to float32, in place:
 * float32 models compute in float64 buffers and round every stored value once, exactly what
 * storing into a Float32Array does, so their kernels stay monomorphic (V8 compiles a loop that
 * sees both typed-array kinds to a map check per access; bench/RESULTS.md, train, has the cost).
 */
export function roundRows(v: Float64Array, rows: number, cols: number, stride: number): void {
  for (let r = 0; r < rows; r++) {
    for (let j = r * stride, end = j + cols; j < end; j++) v[j] = Math.fround(v[j] as number);
  }
}
