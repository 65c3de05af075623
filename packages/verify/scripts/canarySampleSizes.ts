/**
 * How many samples per case the conformance harness needs to reject each power canary (a
 * variance 1/n for 2/n, fan_out for fan_in, a 5 % std error, uniform for normal, an uncorrected
 * truncation), at its defaults (20 cases, family-wise alpha 1e-6, Holm). For each per-case size n of
 * a doubling ladder, shapes are capped at n elements and pooled up to n samples (so every case
 * holds n to 2n), and the harness runs at 5 fixed fast-check seeds; the table gives the smallest
 * n at which all 5 runs reject. Run from packages/verify:
 *   node --conditions=@nninit/source --import ../../scripts/register-tsx.mjs scripts/canarySampleSizes.ts
 */
import { arbitraryShape, checkConformance, type Distribution, normal, truncatedNormal } from '../src/index.js';
import { fans, normalSampler, truncatedSampler, uniformSampler } from '../test/helpers/samplers.js';

type Shape = readonly number[];
type Sampler = (shape: Shape, seed: number) => ArrayLike<number>;
const KERAS = 0.87962566103423978;
const he = (s: Shape): number => Math.sqrt(2 / fans(s).fanIn);
const heDeclared = (s: Shape): Distribution => normal(0, he(s));
const truncDeclared = (s: Shape): Distribution =>
  truncatedNormal(0, he(s) / KERAS, (-2 * he(s)) / KERAS, (2 * he(s)) / KERAS);

const canaries: [string, Sampler, (s: Shape) => Distribution][] = [
  ['variance 1/n instead of 2/n', normalSampler((s) => Math.sqrt(1 / fans(s).fanIn)), heDeclared],
  ['fan_out instead of fan_in', normalSampler((s) => Math.sqrt(2 / fans(s).fanOut)), heDeclared],
  ['5 % error in the std', normalSampler((s) => 1.05 * he(s)), heDeclared],
  ['uniform instead of normal, same variance', uniformSampler((s) => Math.sqrt(3) * he(s)), heDeclared],
  ['truncation without std correction', truncatedSampler(he), truncDeclared],
];
const ladder = [125, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000];
const seeds = [1, 2, 3, 4, 5];

console.log('| canary | smallest n per case (all 5 seeds reject) | cases rejected at that n (of 20, per seed) |');
console.log('|---|---:|---|');
for (const [name, sampler, declared] of canaries) {
  let found = false;
  for (const n of ladder) {
    const reports = seeds.map((seed) =>
      checkConformance(sampler, declared, { seed, minSamples: n, shapes: arbitraryShape({ maxSize: n }) }),
    );
    if (reports.every((r) => !r.passed)) {
      const rejected = reports.map((r) => new Set(r.failures.map((f) => f.caseIndex)).size);
      console.log(`| ${name} | ${n} | ${rejected.join(', ')} |`);
      found = true;
      break;
    }
  }
  if (!found) console.log(`| ${name} | > ${ladder[ladder.length - 1]} | |`);
}
