import { validateByteLength } from '@nninit/internal';
import { define, parameter } from '../Definition.js';
import { orthogonalMatrix } from '../orthogonalMatrix.js';
import { numberParam } from '../validateParameters.js';
import { validateRank } from '../validateRank.js';
import { validateValueRange } from '../validateValueRange.js';

/**
 * `orthogonal`: gain·Q for the `shape[0] × (size/shape[0])` flattening, Q from the QR
 * decomposition of a Gaussian matrix with the sign correction (PyTorch's `orthogonal_`). Any
 * finite gain: negative gives −|gain|·Q, 0 the zero matrix (declared as the constant 0).
 */
export const ORTHOGONAL = define({
  name: 'orthogonal',
  aliases: [],
  parameters: { gain: parameter<number>() },
  random: true,
  reference:
    'Saxe et al. 2014, §3 (exact solutions), and Mezzadri 2007 for the sign correction; torch.nn.init.orthogonal_',
  wholeTensor: 'Q is the QR factor of the whole Gaussian matrix',
  kind: 'orthogonal',
  subjects: [
    { title: 'orthogonal', initialization: 'orthogonal', source: 'float64' },
    { title: 'orthogonal gain 2', initialization: { name: 'orthogonal', gain: 2 }, source: 'float32' },
  ],
  example: { shape: [2, 2], parameters: { gain: 2 } },
  plan: (fn, shape, p, dtype) => {
    // Any finite gain, as PyTorch's `tensor.mul_(gain)`: a negative one gives −gain·Q, 0 zeros.
    const gain = numberParam(fn, 'gain', p['gain'], 1);
    // |Q_ij| ≤ 1 for a matrix with orthonormal columns or rows, so every entry is at most |gain|.
    validateValueRange(fn, 'gain', gain, Math.abs(gain), dtype);
    validateRank(fn, shape, 2, Infinity, 'orthogonal flattens to shape[0] × the rest');
    const rows = shape[0] as number;
    const cols = rows === 0 ? 0 : shape.reduce((s, d) => s * d, 1) / rows;
    // The QR works on float64 copies of the rows × cols matrix.
    validateByteLength(fn, `the float64 QR scratch of a ${rows} × ${cols} matrix`, rows * cols, 8);
    if (gain === 0) {
      // Declared as the constant it is; the rows × cols normals are drawn as for any gain, so the
      // source advances alike.
      return {
        distribution: { family: 'constant', value: 0 },
        fill: (out, rng) => {
          if (rows > 0 && cols > 0) rng.fillNormal(new Float64Array(rows * cols));
          out.fill(0);
        },
      };
    }
    return {
      distribution: { family: 'orthogonal', gain, rows, cols },
      fill: (out, rng) => orthogonalMatrix(rng, rows, cols, gain, out, (i, j) => i * cols + j),
    };
  },
});
