import { checkRank } from '../internal/checkShape.js';
import { positiveIntegerParam, positiveParam } from '../internal/checks.js';
import type { Definition } from '../internal/Definition.js';
import { format } from '../internal/format.js';
import { kernelCenter } from '../internal/kernelCenter.js';

/** `identity` (`eye`): gain on the main diagonal of a 2-D matrix, any aspect ratio. */
export const IDENTITY: Definition = {
  name: 'identity',
  aliases: ['eye'],
  parameters: ['gain'],
  random: false,
  reference: 'torch.nn.init.eye_; keras.initializers.Identity (gain)',
  plan: (fn, shape, p) => {
    const gain = positiveParam(fn, 'gain', p['gain'], 1);
    checkRank(fn, shape, 2, 2, 'an identity matrix is 2-D');
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
};

/**
 * `dirac`: the identity convolution — 1 at the kernel centre of [g·(out/groups) + d, d] for
 * d < min(out/groups, in) in each group g, 0 elsewhere (PyTorch's `dirac_`).
 */
export const DIRAC: Definition = {
  name: 'dirac',
  aliases: [],
  parameters: ['groups'],
  random: false,
  reference: 'torch.nn.init.dirac_',
  plan: (fn, shape, p) => {
    const groups = positiveIntegerParam(fn, 'groups', p['groups'], 1);
    checkRank(fn, shape, 3, 5, 'a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions');
    const outChannels = shape[0] as number,
      inChannels = shape[1] as number;
    if (outChannels % groups !== 0)
      throw new RangeError(`${fn}: shape[0] must be divisible by groups = ${groups}, got ${format(shape)}`);
    const perGroup = outChannels / groups;
    const { center, offset, volume } = kernelCenter(shape);
    return {
      distribution: { family: 'dirac', groups, center },
      fill: (out) => {
        out.fill(0);
        for (let g = 0; g < groups; g++) {
          for (let d = 0; d < Math.min(perGroup, inChannels); d++)
            out[((g * perGroup + d) * inChannels + d) * volume + offset] = 1;
        }
      },
    };
  },
};
