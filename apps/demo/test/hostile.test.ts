import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { optionSpecs } from '../src/cli/optionSpecs.js';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

/**
 * The demo's command line against hostile argv, in-process (run() with a captured Io, one call
 * per case, no process spawned): every case exits 0 or 1 with normal output and no `error:` line,
 * or exits 2 with exactly one `error:` line (its first) and nothing on stdout; run() never throws;
 * nothing is written but the files asked for, inside the sandbox, and no temporary file is left.
 *
 * Cost is bounded through the arbitraries, not by timing: every flag that sizes the work is
 * always present, with either a hostile value (rejected before any work) or a small valid one
 * (2 iterations, networks of a few units, one conformance run of a cheap initializer), so a
 * case that passes validation finishes in milliseconds.
 */
const sandbox = mkdtempSync(join(tmpdir(), 'nninit-demo-hostile-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
// sandbox/up/cwd is the working directory, so `../x.html` lands in sandbox/up, still inside.
const cwd = join(sandbox, 'up', 'cwd');
mkdirSync(join(cwd, 'sub'), { recursive: true });
mkdirSync(join(cwd, 'a-directory'));
writeFileSync(join(cwd, 'a-file.txt'), '');
/** The files a run may create: what outputPath names, where it can be written, and the default report. */
const allowedOutputs = ['up/cwd/r.html', 'up/cwd/sub/r.html', 'up/up.html', 'abs.html', 'up/cwd/nninit-report.html'];
const fixtures = new Set(['up', 'up/cwd', 'up/cwd/sub', 'up/cwd/a-directory', 'up/cwd/a-file.txt']);

/** Every path under the sandbox, relative to it. */
function listSandbox(dir = sandbox): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return [relative(sandbox, path), ...(statSync(path).isDirectory() ? listSandbox(path) : [])];
  });
}

const hostileText = fc.constantFrom(
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '0',
  '1e999',
  '1e-400',
  '1e3',
  '0x10',
  ' 3 ',
  '1.5',
  '99999999999999999999',
  '4097',
  '1,2',
  ',',
  '2,,2',
  '３',
  'abc',
  '\u0000',
  'he',
);
const outputPath = fc.constantFrom(
  'r.html',
  'sub/r.html',
  'missing/r.html',
  '.',
  '',
  'a-directory',
  'a-file.txt/x.html',
  '../up.html',
  '/proc/x.html',
  join(sandbox, 'abs.html'),
);
const initNames = fc.constantFrom(
  'zeros',
  'he',
  'xavier',
  'ones',
  'orthogonal',
  'random:scale=10',
  'he:gain=NaN',
  'random:scale=1e308',
  'random:scale=-1',
  'he:mode=fan_sideways',
  'constant:value=1e400',
  'truncated_normal:std=-1',
  'dirac',
  'hee',
  'he,,zeros',
  'he:mode',
);

/** A flag and its value (or none), in either spelling: `--flag value` or `--flag=value`. */
const flag = (name: string, value: fc.Arbitrary<string> | undefined): fc.Arbitrary<string[]> =>
  value === undefined
    ? fc.constant([`--${name}`])
    : fc.tuple(value, fc.boolean()).map(([v, joined]) => (joined ? [`--${name}=${v}`] : [`--${name}`, v]));

/** A sizing flag: always given, a small valid value or a hostile one. */
const sized = (name: string, small: readonly string[]): fc.Arbitrary<string[]> =>
  flag(name, fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...small) }, { weight: 1, arbitrary: hostileText }));

/** A name close to a real flag: a letter dropped, doubled or its case changed. */
const misspelled = (names: readonly string[]): fc.Arbitrary<string[]> =>
  fc.tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom('drop', 'double', 'upper')).map(([name, i, how]) => {
    const at = i % name.length;
    const wrong =
      how === 'drop'
        ? name.slice(0, at) + name.slice(at + 1)
        : how === 'double'
          ? name.slice(0, at) + name[at] + name.slice(at)
          : name.toUpperCase();
    return [`--${wrong}`, '1'];
  });

/** Extra tokens: repeats of valid flags, misspellings, unknown options, stray arguments. */
const extras = (command: keyof typeof optionSpecs): fc.Arbitrary<string[]> => {
  const names = Object.keys(optionSpecs[command]);
  return fc.oneof(
    fc.constantFrom<string[]>(
      ['--json'],
      ['--help'],
      ['-h'],
      ['--no-report'],
      ['--canary'],
      ['--'],
      ['-x'],
      ['stray'],
      ['--foo'],
    ),
    fc
      .constantFrom(...names)
      .chain((name) => flag(name, optionSpecs[command][name]?.type === 'string' ? hostileText : undefined)),
    flag('report', outputPath),
    flag('junit', outputPath),
    flag('init', initNames),
    flag('dataset', fc.constantFrom('circles', 'moons', 'spirals', 'xor', 'blobs', 'circle', 'mnist')),
    flag('seed', hostileText),
    flag('lr', fc.constantFrom('0.1', '1e305', '1e-300')),
    misspelled(names),
  );
};

const command = fc.constantFrom('compare', 'deep', 'verify').chain((name) => {
  const base =
    name === 'compare'
      ? fc.tuple(sized('iterations', ['1', '2']), sized('layers', ['3', '2,2']), fc.constant(['--no-report']))
      : name === 'deep'
        ? fc.tuple(
            sized('iterations', ['1', '2']),
            sized('layers', ['1', '2']),
            sized('width', ['3', '4']),
            sized('batch-size', ['16']),
          )
        : fc.tuple(
            sized('runs', ['1']),
            flag('init', fc.constantFrom('zeros', 'he', 'ones', 'hee', '')),
            // The power canary makes a valid run fail its conformance check: exit status 1.
            fc.constantFrom<string[]>([], ['--canary']),
          );
  return fc
    .tuple(
      fc.constantFrom<string[]>(name === 'compare' ? [] : [name], [name], name === 'verify' ? ['verfy'] : [name]),
      base,
      fc.array(extras(name), { maxLength: 3 }),
      fc.nat(),
    )
    .map(([prefix, required, more, seed]) => {
      const tokens = [...(required as string[][]), ...more];
      // Shuffle the groups deterministically from the generated seed (no Math.random).
      for (let i = tokens.length - 1, s = seed; i > 0; i--, s = Math.floor(s / 7) + 13 * i) {
        const j = s % (i + 1);
        [tokens[i], tokens[j]] = [tokens[j] as string[], tokens[i] as string[]];
      }
      return [...prefix, ...tokens.flat()];
    });
});
const argv = fc.oneof(
  { weight: 12, arbitrary: command },
  // Junk in the command's place: never a flag there, so never the default full experiment.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(hostileText, fc.string({ maxLength: 8 })).filter((t) => !t.startsWith('-')),
        fc.array(fc.oneof(hostileText, fc.string({ maxLength: 8 })), { maxLength: 3 }),
      )
      .map(([first, rest]) => [first, ...rest]),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('help', 'train', ''), hostileText).map((a) => [...a]) },
);

describe('the command line, on hostile argv', () => {
  let cases = 0;
  const statuses = [0, 0, 0];
  afterAll(() => {
    console.info(`hostile argv: ${cases} command lines tried; exit statuses 0/1/2: ${statuses.join('/')}`);
  });

  it('exits 0/1 with normal output or 2 with one error line; never throws, writes only what it was asked to', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        cases++;
        const { io, out, err } = captureIo(cwd);
        let status: number;
        try {
          status = await run(args, io);
        } catch (error) {
          throw new Error(`run(${JSON.stringify(args)}) threw ${String(error)}`);
        }
        statuses[status] = (statuses[status] ?? 0) + 1;
        const errorLines = err()
          .split('\n')
          .filter((l) => l.startsWith('error:'));
        if (status === 2) {
          expect(errorLines, JSON.stringify(args)).toHaveLength(1);
          expect(err().startsWith('error: '), JSON.stringify(args)).toBe(true);
          expect(out()).toBe('');
        } else {
          expect([0, 1], JSON.stringify(args)).toContain(status);
          expect(errorLines, JSON.stringify(args)).toEqual([]);
          expect(out().length, JSON.stringify(args)).toBeGreaterThan(0);
        }
        const created = listSandbox().filter((p) => !fixtures.has(p));
        expect(
          created.filter((p) => p.endsWith('.tmp')),
          JSON.stringify(args),
        ).toEqual([]);
        for (const path of created) {
          // Only the outputs a successful run was asked for; then clean up for the next case.
          expect(status, `${JSON.stringify(args)} wrote ${path}`).not.toBe(2);
          expect(allowedOutputs, `${JSON.stringify(args)} wrote ${path}`).toContain(path);
          rmSync(join(sandbox, path), { force: true });
        }
      }),
      { seed: 20261205, numRuns: 400 },
    );
    expect(cases).toBeGreaterThanOrEqual(400);
  });
});
