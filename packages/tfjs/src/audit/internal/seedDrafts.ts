import { initializers } from '@tensorflow/tfjs-layers';
import type { AuditDraft, DraftCheck } from './AuditDraft.js';
import { drawTfjs, type TfjsInitializer } from './drawTfjs.js';
import { thrown } from './statisticalDraft.js';

const SHAPE = [16, 8] as const;
const SEEDED: readonly (readonly [string, (seed: number) => TfjsInitializer])[] = [
  ['heNormal', (seed) => initializers.heNormal({ seed })],
  ['randomNormal', (seed) => initializers.randomNormal({ seed })],
  ['truncatedNormal', (seed) => initializers.truncatedNormal({ seed })],
  ['orthogonal', (seed) => initializers.orthogonal({ seed })],
  ['heUniform', (seed) => initializers.heUniform({ seed })],
  ['randomUniform', (seed) => initializers.randomUniform({ seed })],
];
const ZERO_IS_UNSEEDED =
  'seed 0 is treated as no seed: tfjs-core MPRandGauss seeds alea with `seed ? seed : Math.random()` (ops/rand_util.js), so { seed: 0 } draws differ on every call (the uniform path tests `seed == null` and keeps 0)';

const same = (a: Float32Array, b: Float32Array): number => {
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) differ++;
  return differ;
};
const repeatable = (seed: number, make: (seed: number) => TfjsInitializer): Extract<DraftCheck, { pValue: null }> => {
  try {
    const differ = same(drawTfjs(make(seed), SHAPE), drawTfjs(make(seed), SHAPE));
    return {
      test: `seed-${seed} repeatable`,
      statistic: differ,
      pValue: null,
      rejected: differ !== 0,
      detail: `${differ} of ${SHAPE[0] * SHAPE[1]} elements differ between two draws with { seed: ${seed} }`,
    };
  } catch (error) {
    return { ...thrown(error), test: `seed-${seed} repeatable` };
  }
};

/**
 * The seed probes, exact and deterministic in their verdict: each seeded initializer drawn
 * twice with `{ seed: 0 }` (and, as the control, twice with `{ seed: 1 }`) must give the same
 * values — 0 is an integer seed like any other. tfjs' normal paths seed from Math.random when
 * the seed is 0, and two Math.random-seeded draws coincide with probability 0, so the verdict
 * is stable although the draws are not. Then a note: one seeded initializer given to two
 * layers gives both the same kernel.
 */
export function seedDrafts(): AuditDraft[] {
  const probes = SEEDED.map(([name, make]): AuditDraft => {
    const control = repeatable(1, make);
    return {
      initializer: name,
      configuration: `{ seed: 0 } and { seed: 1 }, each drawn twice, [${SHAPE.join(', ')}]`,
      target: 'the same values for the same seed, 0 included',
      citation: 'tfjs-layers 4.22 TSDoc: "seed: Used to seed the random generator" (any number)',
      n: SHAPE[0] * SHAPE[1],
      seed: null,
      varianceRatio: null,
      canary: false,
      note: false,
      // A failed control (an initializer that throws) says nothing about seed 0.
      diagnosis: control.rejected ? `the seed-1 control failed: ${control.detail}` : ZERO_IS_UNSEEDED,
      checks: [repeatable(0, make), control],
    };
  });
  const init = initializers.heNormal({ seed: 7 });
  const differ = same(drawTfjs(init, [64, 32]), drawTfjs(init, [64, 32]));
  const reuse: AuditDraft = {
    initializer: 'heNormal',
    configuration: '{ seed: 7 } given to two [64, 32] layers',
    target: 'none documented',
    citation:
      'tfjs documents nothing; Keras 3 documents the same for integer seeds ("will produce the same random values across multiple calls")',
    n: 64 * 32,
    seed: 7,
    varianceRatio: null,
    canary: false,
    note: true,
    diagnosis:
      differ === 0
        ? 'both layers get identical kernels: every apply() seeds a fresh alea(String(seed)) (tfjs-core ops/rand_util.js), so a seeded initializer shared by layers makes them copies'
        : `${differ} of 2048 elements differ between the two layers`,
    checks: [
      {
        test: 'identical layers',
        statistic: differ,
        pValue: null,
        rejected: false,
        detail: `${differ} of 2048 elements differ`,
      },
    ],
  };
  return [...probes, reuse];
}
