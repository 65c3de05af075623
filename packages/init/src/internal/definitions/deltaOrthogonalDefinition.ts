import { formatValue, validateByteLength } from '@nninit/internal';
import { define, parameter } from '../Definition.js';
import { kernelCenter } from '../kernelCenter.js';
import { orthogonalMatrix } from '../orthogonalMatrix.js';
import { positiveParam } from '../validateParameters.js';
import { validateRank } from '../validateRank.js';
import { validateValueRange } from '../validateValueRange.js';

/**
 * `delta_orthogonal`: zero everywhere except the kernel centre, where the [out, in] slice is an
 * orthogonal matrix with orthonormal columns (needs out ≥ in). JAX's `delta_orthogonal` in the
 * `[out, in, ...kernel]` layout.
 */
export const DELTA_ORTHOGONAL = define({
  name: 'delta_orthogonal',
  aliases: [],
  parameters: { gain: parameter<number>() },
  random: true,
  reference: 'Xiao et al. 2018, Algorithm 1 (delta-orthogonal kernel); jax.nn.initializers.delta_orthogonal',
  wholeTensor: 'its centre tap is the QR factor of the whole Gaussian matrix',
  kind: 'delta_orthogonal',
  subjects: [{ title: 'delta_orthogonal', initialization: 'delta_orthogonal', source: 'float64' }],
  example: { shape: [2, 2, 3], parameters: { gain: 2 } },
  plan: (fn, shape, p, dtype) => {
    const gain = positiveParam(fn, 'gain', p['gain'], 1);
    // |Q_ij| ≤ 1 for a matrix with orthonormal columns, so every entry is at most gain.
    validateValueRange(fn, 'gain', gain, gain, dtype);
    validateRank(fn, shape, 3, 5, 'a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions');
    const rows = shape[0] as number,
      cols = shape[1] as number;
    if (rows < cols)
      throw new RangeError(
        `${fn}: shape[0] must be at least shape[1] (out channels ≥ in channels, for orthonormal columns), got ${formatValue(shape)}`,
      );
    const { center, offset, volume } = kernelCenter(shape);
    // The QR works on float64 copies of the rows × cols matrix.
    validateByteLength(fn, `the float64 QR scratch of a ${rows} × ${cols} matrix`, rows * cols, 8);
    return {
      distribution: { family: 'delta_orthogonal', gain, rows, cols, center },
      fill: (out, rng) => {
        out.fill(0);
        orthogonalMatrix(rng, rows, cols, gain, out, (i, j) => (i * cols + j) * volume + offset);
      },
    };
  },
});
