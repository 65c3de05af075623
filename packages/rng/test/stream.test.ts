import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { philox } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const args = ['--conditions=@nninit/source', '--import', '../../scripts/register-tsx.mjs', 'scripts/stream.ts'];

/** Runs the stream script, reads `bytes` bytes, closes the pipe and reports how it ended. */
function readStream(seedArgs: string[], bytes: number): Promise<{ data: Buffer; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...args, ...seedArgs], { cwd });
    const chunks: Buffer[] = [];
    let length = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (length >= bytes) return;
      chunks.push(d);
      length += d.length;
      if (length >= bytes) child.stdout.destroy(); // the reader closes: the writer sees EPIPE
    });
    child.on('close', (code) => resolve({ data: Buffer.concat(chunks).subarray(0, bytes), code, stderr }));
  });
}

describe('pnpm rng:stream', () => {
  it('writes philox(S).fillUint32 as little-endian words and exits quietly when the reader closes', async () => {
    const { data, code, stderr } = await readStream(['--seed', '-7'], 1 << 20);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = new Uint32Array(1 << 18);
    philox(-7).fillUint32(expected);
    expect(data.length).toBe(1 << 20);
    for (let i = 0; i < expected.length; i += 997) expect(data.readUInt32LE(4 * i)).toBe(expected[i]);
  }, 60_000);

  it('refuses a seed that is not a safe integer, with its usage and exit status 2', async () => {
    const { code, stderr } = await readStream(['--seed', '1.5'], 1);
    expect(code).toBe(2);
    expect(stderr).toContain('rng:stream: --seed must be a safe integer, got 1.5');
    expect(stderr).toContain('usage: pnpm --silent rng:stream --seed S');
  }, 60_000);
});
