/**
 * nninit demo (first version): draws He-initialized weights for the notebook's first layer from
 * a seeded Philox stream and from numpy's RandomState, and prints their mean and variance against
 * the target 2/n_l. The demo grows into the full reference app (compare, deep, verify); this
 * command stays the same.
 */
import { philox, RandomState, sampleNormal } from '@nninit/rng';

const fanIn = 2;
const std = Math.sqrt(2 / fanIn);

function summarize(label: string, w: Float64Array): void {
  const mean = w.reduce((s, x) => s + x, 0) / w.length;
  const variance = w.reduce((s, x) => s + (x - mean) ** 2, 0) / w.length;
  const head = [...w.subarray(0, 4)].map((x) => x.toFixed(6).padStart(10)).join(' ');
  console.log(`${label.padEnd(28)} ${head}   mean ${mean.toFixed(4).padStart(7)}   variance ${variance.toFixed(4)} (target ${(std * std).toFixed(4)})`);
}

console.log(`He initialization, n_l = ${fanIn}: N(0, 2/n_l), 100000 weights each\n`);
for (const seed of [0, 1, 2]) {
  const w = new Float64Array(100_000);
  sampleNormal(philox(seed), w, 0, std);
  summarize(`philox(${seed})`, w);
}
const w = new Float64Array(100_000);
sampleNormal(new RandomState(3), w, 0, std);
summarize('RandomState(3) (= numpy)', w);
console.log('\nThe first two RandomState(3) values equal np.random.seed(3); np.random.randn(2) * sqrt(2/2).');
