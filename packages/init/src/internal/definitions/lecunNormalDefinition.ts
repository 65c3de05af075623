import { define } from '../Definition.js';
import { lecunPlan } from '../scaledPlan.js';

/** `lecun_normal`: N(0, 1/fanIn), untruncated. */
export const LECUN_NORMAL = define({
  name: 'lecun_normal',
  aliases: [],
  parameters: {},
  random: true,
  reference: 'LeCun et al. 1998, "Efficient BackProp", §4.6',
  kind: 'iid',
  subjects: [{ title: 'lecun_normal', initialization: 'lecun_normal', source: 'float64' }],
  example: { shape: [2, 2], parameters: {} },
  plan: lecunPlan('normal'),
});
