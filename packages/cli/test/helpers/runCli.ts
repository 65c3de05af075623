import { run } from '@nninit/cli';
import { vi } from 'vitest';

/** What one in-process `nninit` invocation returned and printed. */
export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `nninit …argv` in this process, capturing what it writes to stdout and stderr. */
export async function runCli(argv: readonly string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => {
    into.push(String(chunk));
    return true;
  };
  const spyOut = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  const spyErr = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  try {
    const status = await run(argv);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
  }
}
