import { formatValue } from '@nninit/internal';
import { define, parameter } from '../Definition.js';
import { kernelCenter } from '../kernelCenter.js';
import { positiveIntegerParam } from '../validateParameters.js';
import { validateRank } from '../validateRank.js';

/**
 * `dirac`: the identity convolution — 1 at the kernel centre of [g·(out/groups) + d, d] for
 * d < min(out/groups, in) in each group g, 0 elsewhere (PyTorch's `dirac_`).
 */
export const DIRAC = define({
  name: 'dirac',
  aliases: [],
  parameters: { groups: parameter<number>() },
  random: false,
  reference: 'torch.nn.init.dirac_',
  kind: 'dirac',
  subjects: [
    { title: 'dirac', initialization: 'dirac', source: 'float32' },
    { title: 'dirac groups 2', initialization: { name: 'dirac', groups: 2 }, source: 'float64' },
  ],
  example: { shape: [2, 2, 3], parameters: { groups: 2 } },
  plan: (fn, shape, p) => {
    const groups = positiveIntegerParam(fn, 'groups', p['groups'], 1);
    validateRank(fn, shape, 3, 5, 'a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions');
    const outChannels = shape[0] as number,
      inChannels = shape[1] as number;
    if (outChannels % groups !== 0)
      throw new RangeError(`${fn}: shape[0] must be divisible by groups = ${groups}, got ${formatValue(shape)}`);
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
      // Row o (= g·perGroup + d) holds its one 1 at ((o·in + d)·volume + offset) if d < in.
      fillRange: (out, _source, first) => {
        out.fill(0);
        const rowSize = inChannels * volume;
        const end = first + out.length;
        for (let o = Math.floor(first / rowSize); o < outChannels && o * rowSize < end; o++) {
          const d = o % perGroup;
          const at = (o * inChannels + d) * volume + offset;
          if (d < inChannels && at >= first && at < end) out[at - first] = 1;
        }
      },
    };
  },
});
