import { checkRank } from '../internal/checkShape.js';
import { positiveParam } from '../internal/checks.js';
import type { Definition } from '../internal/Definition.js';
import { format } from '../internal/format.js';
import { kernelCenter } from '../internal/kernelCenter.js';
import { orthogonalMatrix } from '../internal/orthogonalMatrix.js';

/**
 * `orthogonal`: gain·Q for the `shape[0] × (size/shape[0])` flattening, Q from the QR
 * decomposition of a Gaussian matrix with the sign correction (PyTorch's `orthogonal_`).
 */
export const ORTHOGONAL: Definition = {
  name: 'orthogonal',
  aliases: [],
  parameters: ['gain'],
  random: true,
  reference:
    'Saxe et al. 2014, §3 (exact solutions), and Mezzadri 2007 for the sign correction; torch.nn.init.orthogonal_',
  plan: (fn, shape, p) => {
    const gain = positiveParam(fn, 'gain', p['gain'], 1);
    checkRank(fn, shape, 2, Infinity, 'orthogonal flattens to shape[0] × the rest');
    const rows = shape[0] as number;
    const cols = rows === 0 ? 0 : shape.reduce((s, d) => s * d, 1) / rows;
    return {
      distribution: { family: 'orthogonal', gain, rows, cols },
      fill: (out, rng) => orthogonalMatrix(rng, rows, cols, gain, out, (i, j) => i * cols + j),
    };
  },
};

/**
 * `delta_orthogonal`: zero everywhere except the kernel centre, where the [out, in] slice is an
 * orthogonal matrix with orthonormal columns (needs out ≥ in). JAX's `delta_orthogonal` in the
 * `[out, in, ...kernel]` layout.
 */
export const DELTA_ORTHOGONAL: Definition = {
  name: 'delta_orthogonal',
  aliases: [],
  parameters: ['gain'],
  random: true,
  reference: 'Xiao et al. 2018, Algorithm 1 (delta-orthogonal kernel); jax.nn.initializers.delta_orthogonal',
  plan: (fn, shape, p) => {
    const gain = positiveParam(fn, 'gain', p['gain'], 1);
    checkRank(fn, shape, 3, 5, 'a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions');
    const rows = shape[0] as number,
      cols = shape[1] as number;
    if (rows < cols)
      throw new RangeError(
        `${fn}: shape[0] must be at least shape[1] (out channels ≥ in channels, for orthonormal columns), got ${format(shape)}`,
      );
    const { center, offset, volume } = kernelCenter(shape);
    return {
      distribution: { family: 'delta_orthogonal', gain, rows, cols, center },
      fill: (out, rng) => {
        out.fill(0);
        orthogonalMatrix(rng, rows, cols, gain, out, (i, j) => (i * cols + j) * volume + offset);
      },
    };
  },
};
