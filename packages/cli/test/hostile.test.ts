import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numpySamples } from './helpers/numpySamples.js';
import { runCli } from './helpers/runCli.js';

// The command's contract on hostile input (docs/design.md, "Errors"): whatever the arguments
// and whatever the bytes of the file, `nninit verify` returns 0, 1 or 2 and never throws, hangs
// or prints a stack; status 2 prints one "nninit verify: …" message to stderr, nothing to
// stdout, and writes no --junit file. Fixed seed: the same inputs on every run.
const SEED = 20261206;
let dir: string;
let junit: string;
beforeAll(() => {
  dir = numpySamples();
  mkdirSync(join(dir, 'a-directory'));
  junit = join(dir, 'hostile.xml');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectContract(argv: readonly string[]): Promise<void> {
  rmSync(junit, { force: true });
  const { status, stdout, stderr } = await runCli(['verify', ...argv]);
  expect([0, 1, 2]).toContain(status);
  if (status === 2) {
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^nninit verify: [^\n]+\n$/);
    expect(existsSync(junit)).toBe(false);
  } else {
    expect(stderr).toBe('');
  }
}

describe('nninit verify on hostile input', () => {
  it('any mix of flags and values: exit 0, 1 or 2 with a one-line message, never a throw', async () => {
    const file = () =>
      fc.constantFrom(
        join(dir, 'he_normal.npy'),
        join(dir, 'torch_linear.npz'),
        join(dir, 'keras_he_normal.safetensors'),
        join(dir, 'a-directory'),
        join(dir, 'missing.npy'),
        '/dev/null',
        '',
        '-',
      );
    const value = fc.oneof(
      fc.constantFrom(
        'he_normal',
        'kaiming_uniform_:a=2.236',
        'kaiming_uniform:a=NaN',
        'normal:std=1e309',
        'normal:std=-1',
        'uniform:low=1,high=0',
        'orthogonal',
        'torch.linear.bias:fanIn=-3',
        '__proto__',
        'toString',
        'he:__proto__=1',
        'weight',
        'bias',
        'keras',
        'torch',
        '0',
        '1',
        'NaN',
        '1e-400',
        junit,
      ),
      fc.string({ maxLength: 12 }),
      file(),
    );
    const flag = fc.constantFrom(
      '--expect',
      '--tensor',
      '--layout',
      '--alpha',
      '--json',
      '--junit',
      '--bogus',
      '-x',
      '--',
    );
    const argv = fc.array(fc.oneof(flag, value), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        await expectContract(args.filter((a) => a !== '--help' && a !== '-h'));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a corrupted file (truncated, bytes overwritten): exit 0, 1 or 2, never a throw', async () => {
    const sources = ['he_normal.npy', 'torch_linear.npz', 'keras_he_normal.safetensors'].map((f) =>
      readFileSync(join(dir, f)),
    );
    const target = join(dir, 'corrupt.bin');
    const mutation = fc.record({
      source: fc.integer({ min: 0, max: 2 }),
      // Most of a file's structure is in its first few hundred bytes (headers) and its last (zip directory).
      edits: fc.array(fc.record({ at: fc.oneof(fc.nat(400), fc.nat()), fromEnd: fc.boolean(), byte: fc.nat(255) }), {
        maxLength: 4,
      }),
      truncate: fc.option(fc.nat(), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ source, edits, truncate }) => {
        const original = sources[source] as Buffer;
        const bytes = new Uint8Array(original);
        for (const { at, fromEnd, byte } of edits) {
          const i = at % bytes.length;
          bytes[fromEnd ? bytes.length - 1 - i : i] = byte;
        }
        writeFileSync(target, truncate === undefined ? bytes : bytes.subarray(0, truncate % bytes.length));
        await expectContract([target, '--expect', 'he_normal', '--junit', junit]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

// The same contract for `nninit init`: whatever the spec and the flags, exit status 0 or 2 and
// never a throw; status 2 prints "nninit init: …" (after the usage, for a usage error) and
// creates nothing under --out; status 0 leaves the shard and the index and no temporary file.
describe('nninit init on hostile input', () => {
  it('any spec (valid, nearly valid or any JSON) and any flags: exit 0 or 2, nothing half written', async () => {
    const shape = fc.oneof(
      fc.constantFrom([2, 3], [4], [], [0, 3], [3, 3, 2, 2], [100000, 100000, 100000], [-1], [1.5], [2 ** 60]),
      fc.array(fc.oneof(fc.nat(6), fc.constantFrom(-1, 0.5, Number.NaN, '3')), { maxLength: 4 }),
    );
    const init = fc.oneof(
      fc.constantFrom(
        'he',
        'zeros',
        'orthogonal',
        'identity',
        'bogus',
        '__proto__',
        'toString',
        { name: 'normal', std: 0.1 },
        { name: 'normal', std: -1 },
        { name: 'uniform', low: 1, high: 0 },
        { name: 'he', a: 'x' },
        { name: 'constant' },
      ),
      fc.anything({ maxDepth: 1 }),
    );
    const tensor = fc.record(
      {
        name: fc.oneof(fc.constantFrom('w', 'b', '__metadata__', '', 'w'), fc.string({ maxLength: 4 })),
        shape,
        init,
        dtype: fc.constantFrom('float32', 'float64', 'float16', 3),
        layout: fc.constantFrom('torch', 'keras', 'flax', 'nchw'),
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    const spec = fc.oneof(
      fc.record(
        {
          seed: fc.constantFrom(1, -1, 0.5, 2 ** 60, '1'),
          dtype: fc.constantFrom('float32', 'float64', 'x'),
          tensors: fc.array(tensor, { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      fc.anything({ maxDepth: 2 }),
    );
    const flags = fc.array(
      fc.oneof(
        fc.constantFrom('--seed', '--shard', '--bogus', '--out', '-x', '--', '1', '2/3', '0/0', '1/1', 'NaN', '1e3'),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 4 },
    );
    const specPath = join(dir, 'hostile-spec.json');
    const out = join(dir, 'hostile-out');
    await fc.assert(
      fc.asyncProperty(spec, flags, async (value, extra) => {
        rmSync(out, { recursive: true, force: true });
        writeFileSync(specPath, JSON.stringify(value) ?? 'undefined');
        const { status, stdout, stderr } = await runCli(['init', specPath, '--out', out, ...extra]);
        expect(stdout).toBe('');
        expect([0, 2]).toContain(status);
        if (status === 2) {
          expect(stderr).toMatch(/^(usage: nninit init [^\n]*\n)?nninit init: [^\n]+\n$/);
          expect(existsSync(out) && readdirSync(out).length > 0).toBe(false);
        } else {
          const files = readdirSync(out).sort();
          expect(files.some((f) => f.endsWith('.partial'))).toBe(false);
          expect(files).toContain('model.safetensors.index.json');
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 300_000);
});
