import { run } from '@nninit/cli';
import { describe, expect, it, vi } from 'vitest';

/** Captures what `run` writes to stderr while it runs. */
async function runCapturingStderr(argv: readonly string[]): Promise<{ status: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const status = await run(argv);
    return { status, stderr: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('nninit dispatch', () => {
  it('prints the usage and exits 2 without a command', async () => {
    const { status, stderr } = await runCapturingStderr([]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: nninit <verify\|init>/);
  });

  it('prints the usage and exits 2 for an unknown command, never treating it as a file', async () => {
    const { status, stderr } = await runCapturingStderr(['verfy', 'w.npy']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: nninit/);
  });

  it('does not take an inherited Object property such as "toString" for a command', async () => {
    const { status } = await runCapturingStderr(['toString']);
    expect(status).toBe(2);
  });
});
