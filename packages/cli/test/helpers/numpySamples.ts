import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/samples.py', import.meta.url));

/**
 * Runs scripts/samples.py (numpy) into a fresh temporary directory and returns it (with `large`,
 * only its 8388608-element bfloat16 file). Without
 * python3 and numpy this throws, so the tests that need the files fail rather than skip: CI has
 * both, and a silently skipped certification test certifies nothing.
 */
export function numpySamples(large = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'nninit-verify-'));
  execFileSync('python3', [script, dir, ...(large ? ['--large'] : [])], { stdio: 'pipe' });
  return dir;
}
