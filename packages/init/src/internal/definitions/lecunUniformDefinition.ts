import { define } from '../Definition.js';
import { lecunPlan } from '../scaledPlan.js';

/** `lecun_uniform`: U[−√(3/fanIn), √(3/fanIn)). */
export const LECUN_UNIFORM = define({
  name: 'lecun_uniform',
  aliases: [],
  parameters: {},
  random: true,
  reference: 'LeCun et al. 1998, "Efficient BackProp", §4.6; keras.initializers.LecunUniform',
  kind: 'iid',
  subjects: [{ title: 'lecun_uniform', initialization: 'lecun_uniform', source: 'float32' }],
  example: { shape: [2, 2], parameters: {} },
  plan: lecunPlan('uniform'),
});
