/**
 * The same fills timed in plain Node (this process) and inside a vitest test (a child vitest
 * run of src/runner/fills.probe.ts with the packages' shared settings), in one run. Goal: the
 * ratio vitest/plain close to 1, so that statistical tests and users' conformance tests run at
 * the library's speed. The cause of the slowdown this guards against, and the fix, are in
 * @nninit/verify's README ("Running under vitest").
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './printTable.js';
import { timeFillCases } from './runner/fillCases.js';

const REPEATS = 7;

export async function run(): Promise<void> {
  const plain = timeFillCases(REPEATS);
  const inVitest = timeInVitest();
  const ms = (s: number): string => (s * 1e3).toFixed(1);
  const rows = Object.entries(plain).map(([name, seconds]) => {
    const v = inVitest[name] as number;
    return [name, ms(seconds), ms(v), `${(v / seconds).toFixed(2)}×`];
  });
  printTable(
    `Fills in plain Node and inside a vitest test (ms, best of ${REPEATS})`,
    ['case', 'plain Node', 'vitest', 'vitest/plain'],
    rows,
  );
}

function timeInVitest(): Record<string, number> {
  const benchRoot = fileURLToPath(new URL('..', import.meta.url));
  const vitest = join(createRequire(import.meta.url).resolve('vitest/package.json'), '..', 'vitest.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'nninit-runner-'));
  const out = join(dir, 'times.json');
  try {
    const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'src/runner/vitest.config.ts'], {
      cwd: benchRoot,
      encoding: 'utf8',
      env: { ...process.env, NNINIT_RUNNER_PROBE_OUT: out, NNINIT_RUNNER_PROBE_REPEATS: String(REPEATS) },
    });
    if (result.status !== 0)
      throw new Error(`runner bench: vitest exited with ${result.status}: ${result.stdout}${result.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
