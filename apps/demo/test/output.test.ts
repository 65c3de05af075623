import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/UsageError.js';
import { conformanceSubjects } from '../src/experiments/conformanceSubjects.js';
import type { SuiteResult } from '../src/experiments/SuiteResult.js';
import { checkOutputPath } from '../src/output/checkOutputPath.js';
import { junitXml } from '../src/output/junitXml.js';
import { writeFileAtomic } from '../src/output/writeFileAtomic.js';
import { findAll, parseXml } from './helpers/parseXml.js';

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file behind (the @example)', () => {
    const d = join(dir, 'atomic');
    mkdirSync(d);
    writeFileAtomic(join(d, 'report.html'), '<!doctype html>…');
    expect(readdirSync(d)).toEqual(['report.html']);
    expect(readFileSync(join(d, 'report.html'), 'utf8')).toBe('<!doctype html>…');
    writeFileAtomic(join(d, 'report.html'), 'second');
    expect(readFileSync(join(d, 'report.html'), 'utf8')).toBe('second');
  });

  it('on failure leaves the target untouched and cleans up', () => {
    const d = join(dir, 'failing');
    mkdirSync(join(d, 'target.html'), { recursive: true }); // renaming a file over a directory fails
    expect(() => writeFileAtomic(join(d, 'target.html'), 'x')).toThrow();
    expect(readdirSync(d)).toEqual(['target.html']);
  });
});

describe('checkOutputPath', () => {
  it('resolves against the given directory (the @example)', () => {
    expect(checkOutputPath('compare', '--report', 'out.html', dir)).toBe(join(dir, 'out.html'));
    expect(checkOutputPath('compare', '--report', join(dir, 'abs.html'), '/nowhere')).toBe(join(dir, 'abs.html'));
  });

  it.each([
    [
      'no/such/dir/x.html',
      (t: string) => `--report: cannot write ${t}: directory ${join(dir, 'no/such/dir')} does not exist`,
    ],
    [
      'a-file.txt/x.html',
      () => `--report: cannot write ${join(dir, 'a-file.txt/x.html')}: ${join(dir, 'a-file.txt')} is not a directory`,
    ],
    ['a-directory', (t: string) => `--report: cannot write ${t}: it is a directory`],
  ])('refuses %s with a one-line reason', (path, message) => {
    writeFileSync(join(dir, 'a-file.txt'), '');
    mkdirSync(join(dir, 'a-directory'), { recursive: true });
    let error: unknown;
    try {
      checkOutputPath('compare', '--report', path, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message(join(dir, path)));
    expect((error as UsageError).command).toBe('compare');
  });
});

describe('junitXml', () => {
  const subject = conformanceSubjects[9]!;
  const result: SuiteResult = {
    passed: false,
    alpha: 1e-6,
    groups: 1,
    subjects: [
      {
        subject,
        alpha: 1e-6,
        passed: false,
        seconds: 0.25,
        cases: [
          {
            shape: [4, 2],
            seed: 7,
            n: 10000,
            distribution: 'normal(mean 0, std 1)',
            checks: [
              { test: 'ks', statistic: 0.01, pValue: 0.5, threshold: 5e-7, rejected: false, detail: 'D = 0.01' },
            ],
          },
          {
            shape: [8, 8],
            seed: 8,
            n: 10048,
            distribution: 'normal(mean 0, std 0.5)',
            checks: [
              {
                test: 'chi-square-variance',
                statistic: 12000,
                pValue: 1e-40,
                threshold: 5e-7,
                rejected: true,
                detail: 'variance "too" <large> & wrong',
              },
            ],
          },
        ],
      },
    ],
  };

  it('is well-formed XML with one testcase per case and a failure per rejected case (the @example)', () => {
    const xml = junitXml(result);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nninit conformance"')).toBe(true);
    const root = parseXml(xml);
    expect(root.attributes).toMatchObject({ tests: '2', failures: '1' });
    const suite = root.children[0]!;
    expect(suite.attributes).toMatchObject({
      name: 'he (fan_in, relu) [float32]',
      tests: '2',
      failures: '1',
      time: '0.250',
    });
    const cases = findAll(root, (e) => e.name === 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual([
      'shape [4, 2], seed 7, n = 10000',
      'shape [8, 8], seed 8, n = 10048',
    ]);
    expect(cases[0]!.children).toHaveLength(0);
    const failure = cases[1]!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes.message).toBe('chi-square-variance: p = 1.000e-40');
    expect(failure.text).toContain('variance "too" <large> & wrong');
    expect(findAll(root, (e) => e.name === 'property').map((p) => p.attributes.name)).toEqual([
      'alpha',
      'distribution',
    ]);
  });
});
