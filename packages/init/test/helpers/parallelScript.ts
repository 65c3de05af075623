// Run by test/initializeParallel.test.ts in a child process (`node --conditions=@nninit/source
// --import ../../scripts/register-tsx.mjs`), because rng's FillPool workers load TypeScript
// sources through the loader they inherit from process.execArgv, which vitest's workers lack.
// Prints one JSON line: for each case, whether initializeParallel equals initialize bit for bit.

import { type Initialization, initialize, initializeParallel } from '@nninit/init';
import { philox } from '@nninit/rng';
import { FillPool } from '@nninit/rng/parallel';

const shape = [5, 900_001]; // 4,500,005 elements, split between the two workers
const n = 5 * 900_001;
const cases: [string, Initialization, 'float32' | 'float64'][] = [
  ['he float32', 'he', 'float32'],
  ['he float64 (in place)', 'he', 'float64'],
  ['normal with a mean', { name: 'normal', mean: 0.5, std: 2 }, 'float32'],
  ['uniform', 'uniform', 'float32'],
  ['truncated_normal float64', 'truncated_normal', 'float64'],
];
const pool = new FillPool(2);
const results: Record<string, boolean> = {};
for (const [title, initialization, dtype] of cases) {
  const rng = philox(7);
  const parallel = await initializeParallel(shape, initialization, { rng, dtype, pool });
  const single = initialize(shape, initialization, { seed: 7, dtype });
  results[title] = parallel.data.length === n && parallel.data.every((x, i) => Object.is(x, single.data[i]));
  results[`${title}: source advanced by n`] = rng.position === n;
}
// The TSDoc example of initializeParallel, as written.
const example = await initializeParallel([2000, 1000], 'he', { seed: 0, pool });
const expected = initialize([2000, 1000], 'he', { seed: 0 }).data;
results['the TSDoc example'] = example.data.every((x, i) => Object.is(x, expected[i]));
// A slice of the first dimension: rows [1, 4) of the whole call, the source not moved.
const rng = philox(7);
const slice = await initializeParallel(shape, 'he', { rng, pool, slice: { start: 1, end: 4 } });
const whole = initialize(shape, 'he', { seed: 7 }).data.subarray(900_001, 4 * 900_001);
results['a slice of he'] = slice.data.length === whole.length && slice.data.every((x, i) => Object.is(x, whole[i]));
results['a slice of he: source not moved'] = rng.position === 0;
await pool.close();
console.log(JSON.stringify(results));
