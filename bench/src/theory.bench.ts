/**
 * @nninit/theory: the phase diagram, a 100 × 100 grid of (σ_w, σ_b) with q* and χ₁ at each
 * point, for tanh (quadrature) and relu (closed forms), and single meanField calls (which also
 * solve the correlation map, by nested quadrature in the chaotic phase). Goal: the grid under 1 s.
 * There is no anchor: no library we know of computes these maps.
 */
import { meanField, phaseDiagram } from '@nninit/theory';
import { printTable } from './printTable.js';
import { timeBest } from './timeBest.js';

export async function run(): Promise<void> {
  const weightStds = Array.from({ length: 100 }, (_, i) => 0.05 + 0.04 * i);
  const biasStds = Array.from({ length: 100 }, (_, i) => 0.02 * i);
  const rows: string[][] = [];
  for (const activation of ['tanh', 'relu'] as const) {
    const seconds = timeBest(() => phaseDiagram(activation, weightStds, biasStds), 3, 1);
    rows.push([`phaseDiagram ${activation} 100×100`, (seconds * 1e3).toFixed(1), seconds < 1 ? 'met' : 'NOT met']);
  }
  for (const [activation, weightStd, biasStd] of [
    ['tanh', 0.8, 0.1],
    ['tanh', 2.5, 0.3],
    ['selu', 1.1, 0.1],
  ] as const) {
    const m = meanField({ activation, weightStd, biasStd });
    const seconds = timeBest(() => meanField({ activation, weightStd, biasStd }), 3, 1);
    rows.push([`meanField ${activation} σ_w=${weightStd} σ_b=${biasStd} (${m.phase})`, (seconds * 1e3).toFixed(1), '']);
  }
  printTable('@nninit/theory (ms, best of 3)', ['case', 'ms', 'goal < 1 s'], rows);
}
