import { initializerNames, initializers } from '@nninit/init';
import { expectCleanOutcome, hostileNumber, hostileOptions, hostileValue } from '@nninit/internal/testing';
import { philox } from '@nninit/rng';
import { initializer, NninitInitializer } from '@nninit/tfjs';
import type * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from './helpers/backend.js';

// Every public function of @nninit/tfjs on hostile input (NaN, ±Infinity, −0, huge numbers,
// wrong types, null, misspelled keys): it returns a well-formed result or throws a TypeError or
// RangeError whose message starts with its name. Fixed fast-check seed; valid shapes are kept
// small (a valid large shape is a slow fill, not a hostile input).

beforeAll(() => useBackend('cpu'));

const SEED = 20261205;
const PARAMETERS = [...new Set(Object.values(initializers).flatMap((i) => i.parameters))];
const GOOD: Record<string, readonly unknown[]> = {
  seed: [0, 1, -7],
  rng: [philox(3)],
  repeat: [true, false],
  mode: ['fan_in', 'fan_out', 'fan_avg'],
  nonlinearity: ['relu', 'leaky_relu'],
  distribution: ['normal', 'uniform', 'truncated_normal'],
  value: [0.5],
  std: [1, 0.1],
  sparsity: [0.1],
};
const name = fc.oneof(fc.constantFrom(...initializerNames), hostileValue);
const initialization = fc.oneof(
  name,
  fc.tuple(name, hostileOptions(PARAMETERS, GOOD)).map(([n, p]) => ({ ...p, name: n })),
);
const options = fc.oneof(
  fc.constant(undefined),
  hostileOptions(['seed', 'rng', 'repeat', ...PARAMETERS], GOOD),
  fc.constantFrom(...(GOOD['seed'] as number[])).map((seed) => ({ seed })),
  hostileValue,
);
const shape = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 4 }),
  fc.array(fc.oneof(fc.nat(5), hostileNumber, hostileValue), { minLength: 1, maxLength: 4 }),
  hostileValue,
);
const tensorOf = (s: unknown) => (result: unknown) => {
  const t = result as tf.Tensor;
  if (JSON.stringify(t.shape) !== JSON.stringify(s)) return 'shape differs';
  return (t.dataSync() as Float32Array).every(Number.isFinite) ? undefined : 'a non-finite weight';
};

describe('hostile input: a well-formed result or a TypeError/RangeError naming the function', () => {
  it('initializer', () => {
    fc.assert(
      fc.property(initialization, options, (i, o) => {
        expectCleanOutcome(
          'initializer',
          () => initializer(i as never, o as never),
          (r) => (r instanceof NninitInitializer ? undefined : 'not an NninitInitializer'),
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('initializer.apply', () => {
    fc.assert(
      fc.property(initialization, shape, fc.oneof(fc.constant(undefined), hostileValue), (i, s, dtype) => {
        let init: NninitInitializer;
        try {
          init = initializer(i as never, { seed: 1 });
        } catch {
          return;
        }
        const size = Array.isArray(s) ? s.reduce((p: number, d) => p * (typeof d === 'number' ? d : 1), 1) : 0;
        if (!(size <= 4096)) return;
        expectCleanOutcome('initializer.apply', () => init.apply(s as number[], dtype as never), tensorOf(s));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('NninitInitializer.fromConfig', () => {
    const config = fc.oneof(
      hostileValue,
      hostileOptions(['name', 'parameters', 'seed', 'repeat', 'customObjects'], {
        name: initializerNames,
        parameters: [
          [],
          [{ name: 'mode', value: { name: 'fan_in' } }],
          [{ name: 'a', value: { number: { name: '-Infinity' } } }],
        ],
        seed: [1],
        repeat: [false],
      }),
    );
    fc.assert(
      fc.property(config, (c) => {
        expectCleanOutcome(
          'NninitInitializer.fromConfig',
          () => NninitInitializer.fromConfig(NninitInitializer as never, c as never),
          (r) => (r instanceof NninitInitializer ? undefined : 'not an NninitInitializer'),
        );
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
