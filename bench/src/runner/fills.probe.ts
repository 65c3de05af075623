// Not a test: `pnpm bench runner` runs this file inside vitest to time the fills there, and
// writes the times to the file named by NNINIT_RUNNER_PROBE_OUT.
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { timeFillCases } from './fillCases.js';

test('time the fills inside vitest', () => {
  const out = process.env.NNINIT_RUNNER_PROBE_OUT;
  if (out === undefined) throw new Error('fills.probe: NNINIT_RUNNER_PROBE_OUT is not set');
  writeFileSync(out, JSON.stringify(timeFillCases(Number(process.env.NNINIT_RUNNER_PROBE_REPEATS ?? 5))));
});
