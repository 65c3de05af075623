import { define, parameter } from '../Definition.js';
import { positiveParam } from '../validateParameters.js';
import { validateRank } from '../validateRank.js';
import { validateValueRange } from '../validateValueRange.js';

/** `identity` (`eye`): gain on the main diagonal of a 2-D matrix, any aspect ratio. */
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
    const gain = positiveParam(fn, 'gain', p['gain'], 1);
    validateValueRange(fn, 'gain', gain, gain, dtype);
    validateRank(fn, shape, 2, 2, 'an identity matrix is 2-D');
    const rows = shape[0] as number,
      cols = shape[1] as number;
    return {
      distribution: { family: 'identity', gain, rows, cols },
      fill: (out) => {
        out.fill(0);
        for (let i = 0; i < Math.min(rows, cols); i++) out[i * cols + i] = gain;
      },
    };
  },
});
