import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TfjsAuditReport } from '@nninit/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli/parseCommandLine.js';
import { UsageError } from '../src/cli/UsageError.js';
import { usage } from '../src/cli/usage.js';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-audit-tfjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two audits in all (about a second each): the table with the report, and --json.
describe('audit-tfjs, end to end', () => {
  it('prints the verdict table and the findings, writes the report, exits 1 (tfjs 4.22 fails its docs)', async () => {
    const { io, out } = captureIo(dir);
    expect(await run(['audit-tfjs', '--report', 'audit.html'], io)).toBe(1);
    const text = out();
    expect(text.split('\n')[0]).toBe(
      'nninit audit-tfjs: does each tfjs initializer draw the distribution tfjs documents? (tfjs-core 4.22.0, tfjs-layers 4.22.0, backend cpu)',
    );
    expect(text).toMatch(/\n\s+initializer\s+configuration\s+test\s+p\s+Holm level\s+var ratio\s+finding\n/);
    expect(text).toMatch(/\nFAIL {2}heNormal\s+\{ seed \}, \[256, 128\]\s+ks\s+\S+\s+\S+\s+0\.783\s+\[1\]\n/);
    expect(text).toMatch(/\nPASS {2}heUniform\s+\{ seed \}, \[256, 128\]\s+ks\s/);
    expect(text).toMatch(/\nFAIL {2}heUniform \(canary\)/);
    expect(text).toContain('\n[1] no truncation correction: ');
    expect(text).toMatch(/\[\d+\] seed 0 is treated as no seed/);
    expect(text).toContain('family-wise alpha 1e-6 (Holm over all of them)');
    expect(text).toContain('canary (a 5 % std error): caught\n');
    expect(text).toMatch(/\nFAIL: tfjs fails 16 of 32 documented behaviours\nreport: .*audit\.html\n$/);
    const html = readFileSync(join(dir, 'audit.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<td class="fail">FAIL</td><td>heNormal</td>');
    expect(html).toContain('<ol class="findings">');
    expect(html).toContain('tf.initializers.heNormal, [256, 128]'); // the histogram
    expect(html).not.toMatch(/<script|<link/);
  });

  it('--json is the whole report on stdout; the report note goes to stderr', async () => {
    const { io, out, err } = captureIo(dir);
    expect(await run(['audit-tfjs', '--json', '--samples', '1000', '--seed', '2', '--report', 'json.html'], io)).toBe(
      1,
    );
    const report = JSON.parse(out()) as TfjsAuditReport;
    expect([report.samples, report.seed, report.alpha, report.canaryDetected, report.passed]).toEqual([
      1000,
      2,
      1e-6,
      true,
      false,
    ]);
    expect(report.rows.find((r) => r.initializer === 'glorotNormal')!.verdict).toBe('fail');
    expect(report.rows.find((r) => r.initializer === 'glorotUniform')!.verdict).toBe('pass');
    expect(err()).toBe(`report: ${join(dir, 'json.html')}\n`);
    expect(readdirSync(dir)).not.toContain('nninit-report.html'); // a report only when asked
  });
});

describe('audit-tfjs options', () => {
  it('defaults, and the usage lists the command', () => {
    const line = parseCommandLine(['audit-tfjs']);
    expect(line).toEqual({
      command: 'audit-tfjs',
      options: { alpha: 1e-6, samples: 32768, seed: 1, json: false, report: undefined },
    });
    expect(usage('audit-tfjs').split('\n')[0]).toBe('usage: pnpm demo audit-tfjs [options]');
    expect(usage()).toContain('audit-tfjs: ');
  });

  it.each([
    [['audit-tfjs', '--seed', '0'], '--seed must be an integer from 1 to 1073741824, got "0"'],
    [['audit-tfjs', '--samples', '999'], '--samples must be an integer from 1000 to 1000000, got "999"'],
    [['audit-tfjs', '--alpha', '1'], '--alpha must be a number in (0, 1), got "1"'],
    [['audit-tfjs', '--runs', '3'], 'unknown option --runs'],
    [['audit-tfjs', '--report', ''], '--report needs a file name'],
  ])('%j', (argv, message) => {
    let error: unknown;
    try {
      parseCommandLine(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message);
  });

  it('a bad option is exit status 2 and the usage, before any work', async () => {
    const { io, out, err } = captureIo(dir);
    expect(await run(['audit-tfjs', '--seed', '0'], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toMatch(/^error: --seed must be .*\n\nusage: pnpm demo audit-tfjs \[options\]/);
  });
});
