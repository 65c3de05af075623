import { define, parameter } from '../Definition.js';
import { glorotPlan } from '../scaledPlan.js';

/** `glorot_normal`: Glorot (Xavier) normal, N(0, gain²·2/(fanIn + fanOut)), untruncated. */
export const GLOROT_NORMAL = define({
  name: 'glorot_normal',
  aliases: ['xavier', 'xavier_normal'],
  parameters: { gain: parameter<number>() },
  random: true,
  reference: 'Glorot & Bengio 2010, eq. 12; torch.nn.init.xavier_normal_',
  kind: 'iid',
  subjects: [{ title: 'xavier', initialization: 'xavier', source: 'float32' }],
  example: { shape: [2, 2], parameters: { gain: 2 } },
  plan: glorotPlan('normal'),
});
