import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { processIo } from '../src/processIo.js';
import { demoProcess as demo } from './helpers/demoProcess.js';

/** The demo as users start it: a separate Node process through tsx (apps/demo's `start` script). */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'nninit-demo-main-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the demo process', () => {
  it('with no arguments runs the notebook comparison and writes nninit-report.html to INIT_CWD', () => {
    // The full experiment, run once per test run by the global setup.
    const { notebookProcess, notebookProcessDir: here } = inject('sharedExperiments');
    const { status, stdout, stderr } = notebookProcess;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^zeros\s+0\.693147\s+50\.00 %\s+50\.00 %/m);
    expect(stdout).toMatch(/^random:scale=10\s+0\.38\d+\s+83\.00 %\s+86\.00 %/m);
    expect(stdout).toMatch(/^he\s+0\.0\d+\s+99\.33 %\s+96\.00 %/m);
    expect(stdout).not.toMatch(/\x1b|\r/); // a pipe: no colours, no progress bars
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`report: ${join(here, 'nninit-report.html')}`);
    expect(readdirSync(here)).toEqual(['nninit-report.html']);
    expect(readFileSync(join(here, 'nninit-report.html'), 'utf8')).toContain('he · test 96.00\u00a0%');
    // The README shows this table: it must be what the demo prints, times aside. A time of 10 s or
    // more (a loaded machine) widens the time column, its rule and every line's padding: compare the
    // cells, not the spaces between them.
    const table = (text: string) =>
      text
        .slice(text.indexOf('initialization   final cost'))
        .split('\n')
        .slice(0, 5)
        .map((l) =>
          l
            .replace(/\d+\.\d s$/, 'T')
            .replace(/─+/g, '─')
            .replace(/\s+/g, ' '),
        );
    expect(table(readFileSync(new URL('../README.md', import.meta.url), 'utf8'))).toEqual(table(stdout));
  });

  it('exits with status 2, one error line and the usage, and writes nothing, on a bad option', () => {
    const here = mkdtempSync(join(work, 'bad-'));
    const { status, stdout, stderr } = demo(['deep', '--layers', 'many'], here);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      'error: --layers must be an integer from 1 to 1000, got "many"',
      '',
      'usage: pnpm demo deep [options]',
    ]);
    expect(readdirSync(here)).toEqual([]);
  });

  it('exits with status 2 and one error line, no stack, when the report cannot be created', () => {
    const here = mkdtempSync(join(work, 'proc-'));
    const { status, stdout, stderr } = demo(['--report', '/proc/x.html'], here);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(stderr).toMatch(/^error: --report: cannot write \/proc\/x\.html: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits with status 1 when a conformance check fails', () => {
    const here = mkdtempSync(join(work, 'canary-'));
    const { status, stdout } = demo(
      ['verify', '--init', 'he', '--runs', '2', '--canary', '--junit', 'junit.xml'],
      here,
    );
    expect(status).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}CANARY/m);
    expect(existsSync(join(here, 'junit.xml'))).toBe(true);
  });

  it('runs through `pnpm demo` from the repository root, passing arguments through', () => {
    const pnpm = process.env.npm_execpath;
    expect(pnpm, 'run the tests through pnpm, which sets npm_execpath').toBeTruthy();
    const report = join(work, 'via-pnpm.html');
    const r = spawnSync(
      process.execPath,
      [pnpm as string, 'demo', 'compare', '--iterations', '200', '--init', 'he', '--report', report],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^he\s+0\.\d+\s+\d+\.\d\d %\s+\d+\.\d\d %\s+\d+\.\d s$/m);
    expect(r.stdout).not.toMatch(/^zeros/m);
    expect(existsSync(report)).toBe(true);
  });
});

describe('processIo', () => {
  it('resolves paths against INIT_CWD, which pnpm sets to where the user typed the command (the @example)', () => {
    expect(processIo({ ...process, env: { INIT_CWD: '/home/me' } } as NodeJS.Process).cwd).toBe('/home/me');
    expect(processIo({ ...process, env: {}, cwd: () => '/srv' } as NodeJS.Process).cwd).toBe('/srv');
  });

  it('colours only a terminal without NO_COLOR, and draws progress only on a terminal', () => {
    const fake = (stdoutTTY: boolean, stderrTTY: boolean, env: Record<string, string>) =>
      processIo({
        ...process,
        env,
        stdout: { isTTY: stdoutTTY, write: () => true },
        stderr: { isTTY: stderrTTY, columns: 120, write: () => true },
      } as unknown as NodeJS.Process);
    expect([fake(true, true, {}).color, fake(true, true, {}).progress, fake(true, true, {}).columns]).toEqual([
      true,
      true,
      120,
    ]);
    expect(fake(true, true, { NO_COLOR: '1' }).color).toBe(false);
    expect(fake(false, false, {}).color).toBe(false);
    expect(fake(false, false, {}).progress).toBe(false);
  });
});
