import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformanceSubjects, initializers } from '@nninit/init';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';
import { findAll, parseXml } from './helpers/parseXml.js';

// The suite's size, from @nninit/init's single list of subjects: every statistical subject (i.i.d.,
// orthogonal's Haar checks, sparse's nonzeros) is one Bonferroni group.
const GROUPS = conformanceSubjects.filter((s) => ['iid', 'orthogonal', 'sparse'].includes(s.kind)).length;

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface VerifyJson {
  passed: boolean;
  alpha: number;
  groups: number;
  subjects: {
    name: string;
    title: string;
    source: string;
    alpha: number;
    passed: boolean;
    cases: {
      shape: number[];
      seed: number;
      n: number;
      checks: { test: string; pValue: number | null; threshold: number | null; rejected: boolean }[];
    }[];
  }[];
}

describe('verify, end to end', () => {
  // The whole suite, run once per test run by the global setup, as text and as JSON.
  const shared = inject('sharedExperiments');

  it('certifies every built-in initializer: a table, the family-wise alpha, exit status 0', () => {
    const { status, out: text } = shared.verifyText;
    expect(status).toBe(0);
    expect(text.split('\n')[0]).toBe('nninit verify: does every initializer draw the distribution it declares?');
    expect(text).toMatch(
      /\n\s+initializer\s+stream\s+cases\s+checks\s+samples\s+closest check\s+statistic\s+p\s+Holm level\n/,
    );
    expect(text.match(/^PASS {2}/gm)).toHaveLength(conformanceSubjects.length);
    expect(text).toMatch(
      new RegExp(
        `\\d+ checks, family-wise alpha 1e-6: split over ${GROUPS} statistical groups \\(Bonferroni\\), Holm within each; exact checks spend none\\.\\nPASS\\n$`,
      ),
    );
  });

  it('--json and --junit: every subject, case and check, for CI', () => {
    const { status, out, err, junitPath, junit } = shared.verifyJson;
    expect(status).toBe(0);
    const result = JSON.parse(out) as VerifyJson;
    expect([result.passed, result.alpha, result.groups]).toEqual([true, 1e-6, GROUPS]);
    expect(new Set(result.subjects.map((s) => s.name))).toEqual(new Set(Object.keys(initializers)));
    expect(result.subjects[0]).toMatchObject({
      name: 'zeros',
      title: 'zeros',
      source: 'float32',
      alpha: 1e-6 / GROUPS,
      passed: true,
    }); // the verifyJson @example
    expect(Object.keys(result.subjects[0]!)).toEqual([
      'name',
      'title',
      'source',
      'alpha',
      'passed',
      'seconds',
      'cases',
    ]);
    for (const s of result.subjects) {
      for (const c of s.cases)
        for (const k of c.checks) if (k.threshold !== null) expect(k.threshold).toBeLessThanOrEqual(1e-6 / GROUPS);
    }
    expect(err).toBe(`junit: ${junitPath}\n`);
    const xml = parseXml(junit);
    expect(xml.attributes.failures).toBe('0');
    expect(findAll(xml, (e) => e.name === 'testsuite')).toHaveLength(result.subjects.length);
    expect(findAll(xml, (e) => e.name === 'testcase')).toHaveLength(
      result.subjects.reduce((n, s) => n + s.cases.length, 0),
    );
  });

  it('--canary: the deliberately wrong sampler is rejected, so the run fails with status 1 and says where', async () => {
    const { io, out } = captureIo(dir);
    expect(
      await run(
        ['verify', '--init', 'he', '--runs', '3', '--canary', '--junit', 'canary.xml', '--report', 'canary.html'],
        io,
      ),
    ).toBe(1);
    expect(out()).toMatch(/^FAIL {2}CANARY: he with σ 5 % too large \(must fail\)/m);
    expect(out().match(/^PASS {2}he \(fan_in, relu\)/gm)).toHaveLength(2); // float32 and numpy's stream
    expect(out()).toMatch(
      /\d+ rejected:\n {2}CANARY: he with σ 5 % too large \(must fail\) \[float32\], shape \[[\d, ]+\], seed \d+, n = \d+: (ks|chi-square-variance) statistic/,
    );
    expect(out()).toContain(`\nFAIL\njunit: ${join(dir, 'canary.xml')}\nreport: ${join(dir, 'canary.html')}\n`);
    const xml = parseXml(readFileSync(join(dir, 'canary.xml'), 'utf8'));
    expect(Number(xml.attributes.failures)).toBeGreaterThan(0);
    const failed = findAll(xml, (e) => e.name === 'failure');
    expect(failed.length).toBe(Number(xml.attributes.failures));
    expect(readFileSync(join(dir, 'canary.html'), 'utf8')).toContain('<td class="fail">FAIL</td>');
  });

  it('--init selects initializers by name or alias; --alpha sets the family-wise budget', async () => {
    const { io, out } = captureIo(dir);
    expect(await run(['verify', '--init', 'xavier,orthogonal', '--runs', '1', '--alpha', '1e-3', '--json'], io)).toBe(
      0,
    );
    const result = JSON.parse(out()) as VerifyJson;
    expect(result.subjects.map((s) => s.title)).toEqual(['xavier', 'orthogonal', 'orthogonal gain 2']);
    expect([result.passed, result.alpha]).toEqual([true, 1e-3]);
    for (const s of result.subjects) {
      expect(s.alpha).toBe(1e-3 / result.groups);
      for (const c of s.cases)
        for (const k of c.checks) if (k.threshold !== null) expect(k.threshold).toBeLessThanOrEqual(s.alpha);
    }
    expect(readdirSync(dir)).not.toContain('nninit-report.html'); // verify writes a report only when asked
  });
});
