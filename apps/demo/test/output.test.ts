import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/UsageError.js';
import { conformanceSubjects } from '../src/experiments/conformanceSubjects.js';
import type { SuiteResult } from '../src/experiments/SuiteResult.js';
import { ioReason } from '../src/output/ioReason.js';
import { junitXml } from '../src/output/junitXml.js';
import { OutputError } from '../src/output/OutputError.js';
import { OutputFile } from '../src/output/OutputFile.js';
import { validateOutputPath } from '../src/output/validateOutputPath.js';
import { findAll, parseXml } from './helpers/parseXml.js';

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OutputFile', () => {
  it('claims a temporary file before the work, and renames it over the target at the end (the @example)', () => {
    const d = join(dir, 'atomic');
    mkdirSync(d);
    const report = OutputFile.claim('compare', '--report', join(d, 'report.html'));
    expect(readdirSync(d)).toEqual([`.report.html.${process.pid}.tmp`]);
    report.write('<!doctype html>…');
    expect(readdirSync(d)).toEqual(['report.html']);
    expect(readFileSync(join(d, 'report.html'), 'utf8')).toBe('<!doctype html>…');
    const again = OutputFile.claim('compare', '--report', join(d, 'report.html'));
    again.write('second');
    expect(readFileSync(join(d, 'report.html'), 'utf8')).toBe('second');
    expect(readdirSync(d)).toEqual(['report.html']);
  });

  it('two claims of one directory get different temporary files; discard removes an unwritten one', () => {
    const d = join(dir, 'two');
    mkdirSync(d);
    const a = OutputFile.claim('verify', '--report', join(d, 'a.html'));
    const b = OutputFile.claim('verify', '--junit', join(d, 'a.html'));
    expect(readdirSync(d)).toHaveLength(2);
    a.discard();
    b.discard();
    b.discard();
    expect(readdirSync(d)).toEqual([]);
  });

  it('refuses a directory that looks writable but takes no new file, as a usage error before any work', () => {
    // /proc passes the permission check as root, but no file can be created in it.
    const error = (() => {
      try {
        OutputFile.claim('compare', '--report', '/proc/x.html');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^--report: cannot write \/proc\/x\.html: [a-z ]+ \(E[A-Z]+\)$/);
  });

  it('on a failure at the end: an OutputError naming the option and path, the target untouched, nothing left behind', () => {
    const d = join(dir, 'failing');
    mkdirSync(d);
    const report = OutputFile.claim('compare', '--report', join(d, 'target.html'));
    mkdirSync(join(d, 'target.html')); // renaming a file over a directory fails
    expect(() => report.write('x')).toThrow(OutputError);
    expect(() => report.write('x')).toThrow(/already written/);
    expect(readdirSync(d)).toEqual(['target.html']);
  });

  it('ioReason: the error in words, without the temporary path (the @example)', () => {
    expect(ioReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toBe(
      'no space left on device (ENOSPC)',
    );
    expect(ioReason(Object.assign(new Error('x'), { code: 'EWHATEVER' }))).toBe('EWHATEVER');
    expect(ioReason(new Error('plain'))).toBe('plain');
  });
});

describe('validateOutputPath', () => {
  it('resolves against the given directory (the @example)', () => {
    expect(validateOutputPath('compare', '--report', 'out.html', dir)).toBe(join(dir, 'out.html'));
    expect(validateOutputPath('compare', '--report', join(dir, 'abs.html'), '/nowhere')).toBe(join(dir, 'abs.html'));
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
      validateOutputPath('compare', '--report', path, dir);
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
