import { define, parameter } from '../Definition.js';
import { glorotPlan } from '../scaledPlan.js';

/** `glorot_uniform`: Glorot (Xavier) uniform, U[−gain·√(6/(fanIn + fanOut)), +…). */
export const GLOROT_UNIFORM = define({
  name: 'glorot_uniform',
  aliases: ['xavier_uniform'],
  parameters: { gain: parameter<number>() },
  random: true,
  reference: 'Glorot & Bengio 2010, eq. 16; torch.nn.init.xavier_uniform_',
  kind: 'iid',
  subjects: [
    { title: 'glorot_uniform gain 5/3', initialization: { name: 'glorot_uniform', gain: 5 / 3 }, source: 'float32' },
  ],
  example: { shape: [2, 2], parameters: { gain: 2 } },
  plan: glorotPlan('uniform'),
});
