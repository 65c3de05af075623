import { define, parameter } from '../Definition.js';
import { numberParam } from '../validateParameters.js';
import { validateRank } from '../validateRank.js';
import { validateValueRange } from '../validateValueRange.js';

/** `identity` (`eye`): gain (any finite number) on the main diagonal of a 2-D matrix, any aspect ratio. */
export const IDENTITY = define({
  name: 'identity',
  aliases: ['eye'],
  parameters: { gain: parameter<number>() },
  random: false,
  reference: 'torch.nn.init.eye_; keras.initializers.Identity (gain)',
  kind: 'identity',
  subjects: [
    { title: 'identity', initialization: 'identity', source: 'float32' },
    { title: 'eye gain 0.5', initialization: { name: 'eye', gain: 0.5 }, source: 'float64' },
  ],
  example: { shape: [2, 2], parameters: { gain: 2 } },
  plan: (fn, shape, p, dtype) => {
    // Any finite gain, as Keras's `gain * eye`: 0 is the zero matrix, declared as the constant 0.
    const gain = numberParam(fn, 'gain', p['gain'], 1);
    validateValueRange(fn, 'gain', gain, Math.abs(gain), dtype);
    validateRank(fn, shape, 2, 2, 'an identity matrix is 2-D');
    const rows = shape[0] as number,
      cols = shape[1] as number;
    if (gain === 0) {
      const fill = (out: Float32Array | Float64Array): void => void out.fill(0);
      return { distribution: { family: 'constant', value: 0 }, fill, fillRange: fill };
    }
    return {
      distribution: { family: 'identity', gain, rows, cols },
      fill: (out) => {
        out.fill(0);
        for (let i = 0; i < Math.min(rows, cols); i++) out[i * cols + i] = gain;
      },
      // Diagonal element i sits at flat index i·(cols + 1): those in [first, first + n) are written.
      fillRange: (out, _source, first) => {
        out.fill(0);
        const last = Math.min(Math.ceil((first + out.length) / (cols + 1)), rows, cols);
        for (let i = Math.ceil(first / (cols + 1)); i < last; i++) out[i * (cols + 1) - first] = gain;
      },
    };
  },
});
