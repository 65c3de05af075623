import { define } from '../Definition.js';
import { HE_PARAMETERS, hePlan } from '../scaledPlan.js';

/** `he_normal`: He (Kaiming) normal: N(0, gain²/fan). */
export const HE_NORMAL = define({
  name: 'he_normal',
  aliases: ['he', 'kaiming_normal'],
  parameters: HE_PARAMETERS,
  random: true,
  reference: 'He et al. 2015, eq. 10; torch.nn.init.kaiming_normal_',
  kind: 'iid',
  subjects: [
    { title: 'he (fan_in, relu)', initialization: 'he', source: 'float32' },
    { title: 'he (fan_in, relu)', initialization: 'he', source: 'RandomState' },
    {
      title: 'he_normal fan_out tanh',
      initialization: { name: 'he_normal', nonlinearity: 'tanh', mode: 'fan_out' },
      source: 'float32',
    },
    {
      title: 'kaiming_normal leaky_relu 0.2',
      initialization: { name: 'kaiming_normal', nonlinearity: 'leaky_relu', param: 0.2 },
      source: 'float64',
    },
  ],
  example: { shape: [2, 2], parameters: { nonlinearity: 'leaky_relu', param: 0.1, mode: 'fan_out' } },
  plan: hePlan('normal'),
});
