import { define } from '../Definition.js';
import { HE_PARAMETERS, hePlan } from '../scaledPlan.js';

/** `he_uniform`: He (Kaiming) uniform: U[−√(3·gain²/fan), √(3·gain²/fan)). */
export const HE_UNIFORM = define({
  name: 'he_uniform',
  aliases: ['kaiming_uniform'],
  parameters: HE_PARAMETERS,
  random: true,
  reference: 'He et al. 2015, eq. 10; torch.nn.init.kaiming_uniform_',
  kind: 'iid',
  subjects: [
    { title: 'he_uniform (fan_in)', initialization: 'he_uniform', source: 'float32' },
    {
      title: 'kaiming_uniform fan_out',
      initialization: { name: 'kaiming_uniform', mode: 'fan_out' },
      source: 'float64',
    },
  ],
  example: { shape: [2, 2], parameters: { nonlinearity: 'leaky_relu', param: 0.1, mode: 'fan_out' } },
  plan: hePlan('uniform'),
});
