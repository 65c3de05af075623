import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** apps/demo, the directory the `start` script runs in. */
export const demoDir = fileURLToPath(new URL('../..', import.meta.url));

/** What a demo process left behind: its exit status and its two streams. */
export interface DemoProcessResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command apps/demo's `start` script runs (Node with the source condition and tsx), before the arguments. */
export const demoCommand = ['--conditions=@nninit/source', '--import', 'tsx', 'src/main.ts'] as const;

const environment = (initCwd: string): NodeJS.ProcessEnv => ({ ...process.env, INIT_CWD: initCwd, NO_COLOR: '' });

/** Runs the demo as users start it, in a separate Node process, and waits for it. */
export function demoProcess(args: readonly string[], initCwd: string): DemoProcessResult {
  const r = spawnSync(process.execPath, [...demoCommand, ...args], {
    cwd: demoDir,
    env: environment(initCwd),
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** {@link demoProcess} without blocking the caller, so a global setup can compute other things meanwhile. */
export function demoProcessAsync(args: readonly string[], initCwd: string): Promise<DemoProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...demoCommand, ...args], { cwd: demoDir, env: environment(initCwd) });
    let stdout = '',
      stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      stderr += t;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
