import { fail } from '@nninit/internal';
import { sampleNormal } from '@nninit/rng';
import type { IidDistribution } from '../../InitDistribution.js';
import { define, parameter } from '../Definition.js';
import { normalPlan } from '../plans.js';
import { nonNegativeParam, numberParam } from '../validateParameters.js';
import { validateRank } from '../validateRank.js';

/**
 * `sparse`: PyTorch's `sparse_` (Martens 2010, §5): every element N(0, std²) (std default 0.01),
 * then in each column ⌈sparsity·rows⌉ distinct rows, chosen uniformly, set to 0.
 *
 * The count is rounded to 15 significant digits before the ceiling, so sparsity 0.07 of 100 rows
 * zeroes 7 (PyTorch's `math.ceil(0.07 * 100)` is 8, from 0.07·100 = 7.000000000000001). The rows
 * are a partial Fisher–Yates shuffle per column, j = t + ⌊u·(rows − t)⌋ with u a 53-bit uniform
 * (bias below rows·2⁻⁵³), drawn after all the normals: `sparsity·rows·cols` uniforms in total.
 */
export const SPARSE = define({
  name: 'sparse',
  aliases: [],
  parameters: { sparsity: parameter<number>(), std: parameter<number>() },
  random: true,
  reference: 'Martens 2010, "Deep learning via Hessian-free optimization", §5; torch.nn.init.sparse_',
  wholeTensor: "each column's zeros are drawn, after every normal, over all its rows",
  kind: 'sparse',
  subjects: [
    { title: 'sparse 10 %', initialization: { name: 'sparse', sparsity: 0.1 }, source: 'float32' },
    { title: 'sparse 50 % std 1', initialization: { name: 'sparse', sparsity: 0.5, std: 1 }, source: 'float64' },
  ],
  example: { shape: [4, 2], parameters: { sparsity: 0.5, std: 1 } },
  plan: (fn, shape, p, dtype) => {
    const sparsity = numberParam(fn, 'sparsity', p['sparsity']);
    if (sparsity < 0 || sparsity > 1) throw fail(RangeError, fn, 'sparsity', 'in [0, 1]', sparsity);
    const std = nonNegativeParam(fn, 'std', p['std'], 0.01);
    validateRank(fn, shape, 2, 2, 'sparsity is counted per column of a 2-D matrix');
    const rows = shape[0] as number,
      cols = shape[1] as number;
    const zeros = Math.ceil(Number((sparsity * rows).toPrecision(15)));
    return {
      distribution: {
        family: 'sparse',
        rows,
        cols,
        zerosPerColumn: zeros,
        nonzero: normalPlan(fn, 0, std, dtype).distribution as IidDistribution,
      },
      fill: (out, rng) => {
        sampleNormal(rng, out, 0, std);
        const u = new Float64Array(zeros * cols);
        rng.fillUniform(u);
        const order = new Int32Array(rows);
        for (let c = 0; c < cols; c++) {
          for (let i = 0; i < rows; i++) order[i] = i;
          for (let t = 0; t < zeros; t++) {
            const j = t + Math.floor((u[c * zeros + t] as number) * (rows - t));
            const row = order[j] as number;
            order[j] = order[t] as number;
            order[t] = row;
            out[row * cols + c] = 0;
          }
        }
      },
    };
  },
});
