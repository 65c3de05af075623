import { define } from '../Definition.js';
import { kernelCenter } from '../kernelCenter.js';
import { validateRank } from '../validateRank.js';

/**
 * `zero_init`: ZerO initialization (Zhao, Schäfer & Anandkumar 2022, Algorithm 1), as the
 * authors' code builds it (jiaweizzhao/ZerO-initialization, `example_mnist.ipynb`). For the
 * m × n matrix W over (out, in):
 *
 * - m ≤ n: W = I_{m×n}, a partial identity (the identity when m = n);
 * - m > n: p = 2^⌈log₂ m⌉ and W = I_{m×p} H_p I_{p×n} / √p, the top-left m × n block of the
 *   Sylvester Hadamard matrix (H_p[i, j] = (−1)^popcount(i & j), `scipy.linalg.hadamard`) over √p.
 *   Transcriptions of the paper give the constant 2^{−(k−1)/2}, which can differ from the code's
 *   1/√p by √2; unverified against the paper, so the code's constant is used.
 *
 * A conv kernel [out, in, ...k] is zero except its centre tap ⌊k/2⌋, which holds W — the
 * authors' reading of Algorithm 2 in the repository's first question thread (not in the paper's
 * text as available here). Deterministic: needs no rng.
 */
export const ZERO_INIT = define({
  name: 'zero_init',
  aliases: [],
  parameters: {},
  random: false,
  reference: 'Zhao, Schäfer & Anandkumar 2022, Algorithm 1 (ZerO); jiaweizzhao/ZerO-initialization',
  kind: 'zero_init',
  subjects: [
    { title: 'zero_init', initialization: 'zero_init', source: 'float32' },
    { title: 'zero_init (float64)', initialization: 'zero_init', source: 'float64' },
  ],
  example: { shape: [3, 2], parameters: {} },
  plan: (fn, shape) => {
    validateRank(
      fn,
      shape,
      2,
      5,
      'a matrix [out, in] or a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions',
    );
    const rows = shape[0] as number,
      cols = shape[1] as number;
    const { center, offset, volume } = kernelCenter(shape);
    const p = rows <= cols ? 1 : 2 ** Math.ceil(Math.log2(rows));
    return {
      distribution: { family: 'zero_init', rows, cols, center },
      fill: (out) => {
        out.fill(0);
        if (rows <= cols) {
          for (let i = 0; i < rows; i++) out[(i * cols + i) * volume + offset] = 1;
          return;
        }
        const scale = 1 / Math.sqrt(p);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) out[(i * cols + j) * volume + offset] = hadamardSign(i, j) * scale;
        }
      },
      // Entry (i, j) sits at flat index (i·cols + j)·volume + offset; the j of row i inside
      // [first, first + n) are those with (i·cols + j)·volume + offset in it.
      fillRange: (out, _source, first) => {
        out.fill(0);
        const end = first + out.length;
        const rowSize = cols * volume;
        const scale = 1 / Math.sqrt(p);
        for (let i = Math.floor(first / rowSize); i < rows && i * rowSize < end; i++) {
          const base = i * rowSize + offset;
          const j0 = Math.max(0, Math.ceil((first - base) / volume));
          const j1 = Math.min(cols, Math.ceil((end - base) / volume));
          if (rows <= cols) {
            if (i >= j0 && i < j1) out[base + i * volume - first] = 1;
          } else for (let j = j0; j < j1; j++) out[base + j * volume - first] = hadamardSign(i, j) * scale;
        }
      },
    };
  },
});

/** H[i, j] of a Sylvester Hadamard matrix: (−1)^popcount(i & j). */
function hadamardSign(i: number, j: number): number {
  let bits = i & j,
    parity = 0;
  while (bits !== 0) {
    parity ^= 1;
    bits &= bits - 1;
  }
  return parity === 0 ? 1 : -1;
}
