import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@nninit/cli';
import { type Initialization, initialize, type Layout } from '@nninit/init';
import { philox } from '@nninit/rng';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Requirement: `nninit init --shard i/N`, for any N, run in any order, gives files whose tensors
// are bit-identical to `--shard 1/1`; the files are checked by a plain safetensors reader in
// Python (scripts/safetensors_digest.py), independent of @nninit/io.

const dir = mkdtempSync(join(tmpdir(), 'nninit-cli-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TensorInfo {
  dtype: string;
  shape: number[];
  sha256: string;
  first: number | null;
}
interface FileInfo {
  metadata: Record<string, string> | null;
  tensors: Record<string, TensorInfo>;
}

/** Runs `nninit …` in this process, returning its status and what it wrote to stderr. */
async function nninit(argv: readonly string[]): Promise<{ status: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { status: await run(argv), stderr: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

function readWithPython(files: readonly string[]): Record<string, FileInfo> {
  const script = join(import.meta.dirname, '..', 'scripts', 'safetensors_digest.py');
  return JSON.parse(execFileSync('python3', [script, '--files', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

const tensors: { name: string; shape: number[]; init: Initialization; dtype?: string; layout?: Layout }[] = [
  { name: 'embed.weight', shape: [300, 48], init: { name: 'normal', std: 0.02 } },
  { name: 'layers.0.weight', shape: [96, 48], init: 'he_normal' },
  { name: 'layers.0.bias', shape: [96], init: 'zeros' },
  { name: 'layers.1.weight', shape: [48, 96], init: 'glorot_uniform', dtype: 'float64' },
  { name: 'layers.1.bias', shape: [48], init: { name: 'uniform', low: -0.1, high: 0.1 } },
  { name: 'conv.weight', shape: [3, 3, 8, 16], init: 'he_uniform', layout: 'keras' },
  { name: 'rotation', shape: [32, 32], init: 'orthogonal' },
  { name: 'skip', shape: [16, 16], init: 'identity' },
  { name: 'head.weight', shape: [10, 48], init: { name: 'kaiming_normal_', nonlinearity: 'relu' } },
  { name: 'trunc', shape: [64, 20], init: { name: 'truncated_normal', std: 0.5 } },
];
const SEED = 2024;
const specPath = join(dir, 'spec.json');
writeFileSync(specPath, JSON.stringify({ seed: SEED, tensors }));

/** Runs every shard of an N-way split into its own directory, in a scrambled order. */
async function runShards(count: number, extra: readonly string[] = []): Promise<string> {
  const out = join(dir, `n${count}${extra.join('')}`);
  const order = Array.from({ length: count }, (_, i) => ((i * 5 + 3) % count) + 1);
  expect(new Set(order).size).toBe(count);
  for (const i of order) {
    const { status, stderr } = await nninit(['init', specPath, '--out', out, '--shard', `${i}/${count}`, ...extra]);
    expect(stderr).toMatch(new RegExp(`shard ${i}/${count}: \\d+ tensors`));
    expect(status).toBe(0);
  }
  return out;
}

/** The tensors of a run's directory, by name, and the index, checked against the files. */
function readRun(out: string, count: number): Record<string, TensorInfo> {
  const files = readdirSync(out).sort();
  const shards = Array.from(
    { length: count },
    (_, i) => `model-${String(i + 1).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.safetensors`,
  );
  // Nothing else: no .partial leftovers.
  expect(files).toEqual([...shards, 'model.safetensors.index.json'].sort());
  const index = JSON.parse(readFileSync(join(out, 'model.safetensors.index.json'), 'utf8'));
  const parsed = readWithPython(shards.map((f) => join(out, f)));
  const all: Record<string, TensorInfo> = {};
  for (const file of shards) {
    const info = parsed[join(out, file)] as FileInfo;
    expect(info.metadata).toEqual({ format: 'pt' });
    for (const [name, t] of Object.entries(info.tensors)) {
      expect(all[name], `${name} appears in two shards`).toBeUndefined();
      expect(index.weight_map[name]).toBe(file);
      all[name] = t;
    }
  }
  expect(Object.keys(index.weight_map).sort()).toEqual(tensors.map((t) => t.name).sort());
  const bytes = Object.values(all).reduce(
    (s, t) => s + t.shape.reduce((a, b) => a * b, 1) * (t.dtype === 'F64' ? 8 : 4),
    0,
  );
  expect(index.metadata).toEqual({ total_size: bytes });
  return all;
}

describe('nninit init --shard i/N', () => {
  let single: Record<string, TensorInfo>;
  beforeAll(async () => {
    single = readRun(await runShards(1), 1);
  });

  it('writes, with one shard, the tensors initialize draws from philox(seed).fork(name)', () => {
    expect(Object.keys(single).sort()).toEqual(tensors.map((t) => t.name).sort());
    for (const t of tensors) {
      const dtype = (t.dtype ?? 'float32') as 'float32' | 'float64';
      const { data, shape } = initialize(t.shape, t.init, { rng: philox(SEED).fork(t.name), dtype, layout: t.layout });
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      expect(single[t.name], t.name).toEqual({
        dtype: dtype === 'float32' ? 'F32' : 'F64',
        shape,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        first: data[0],
      });
    }
  });

  for (const count of [2, 3, 7]) {
    it(`gives, split ${count} ways and run out of order, every tensor bit for bit as one shard does`, async () => {
      const out = await runShards(count);
      expect(readRun(out, count)).toEqual(single);
      // Every shard wrote the same index, byte for byte (the last rename won).
      const index = readFileSync(join(out, 'model.safetensors.index.json'), 'utf8');
      expect(index).toMatch(/^\{\n {2}"metadata": \{\n {4}"total_size": \d+\n {2}\},\n {2}"weight_map": \{\n/);
    });
  }

  it('is not vacuous: --seed overrides the spec, and changes every random tensor and no other', async () => {
    const other = readRun(await runShards(2, ['--seed', String(SEED + 1)]), 2);
    const deterministic = new Set(['layers.0.bias', 'skip']);
    for (const t of tensors) {
      if (deterministic.has(t.name)) expect(other[t.name]).toEqual(single[t.name]);
      else expect(other[t.name]?.sha256, t.name).not.toBe(single[t.name]?.sha256);
    }
  });

  it("makes the README's check true: the digests of the 1-shard and 7-shard runs are equal, another seed's are not", () => {
    const script = join(import.meta.dirname, '..', 'scripts', 'safetensors_digest.py');
    const digest = (out: string) => execFileSync('python3', [script, join(dir, out)], { encoding: 'utf8' });
    const one = digest('n1');
    expect(one.trim().split('\n')).toHaveLength(tensors.length);
    expect(digest('n7')).toBe(one);
    expect(digest(`n2--seed${SEED + 1}`)).not.toBe(one);
  });

  it('writes a valid empty shard when there are more shards than tensors', async () => {
    const few = join(dir, 'few.json');
    writeFileSync(few, JSON.stringify({ seed: 1, tensors: [{ name: 'w', shape: [4, 4], init: 'he_normal' }] }));
    const out = join(dir, 'few');
    expect((await nninit(['init', few, '--out', out, '--shard', '2/2'])).status).toBe(0);
    const parsed = readWithPython([join(out, 'model-00002-of-00002.safetensors')]);
    expect(Object.values(parsed)[0]?.tensors).toEqual({});
    const index = JSON.parse(readFileSync(join(out, 'model.safetensors.index.json'), 'utf8'));
    expect(index.weight_map).toEqual({ w: 'model-00001-of-00002.safetensors' });
  });
});

describe('nninit init refuses bad input before writing anything', () => {
  const cases: [string, unknown, string[], RegExp][] = [
    [
      'an unknown spec key',
      { seed: 1, tensor: [] },
      [],
      /each key of the spec must be one of .*got "tensor" \(did you mean "tensors"\?\)/,
    ],
    [
      'an unknown tensor key',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he', dtyp: 'float32' }] },
      [],
      /each key of tensors\[0\] must be one of .*got "dtyp" \(did you mean "dtype"\?\)/,
    ],
    [
      'an initializer parameter the initializer does not take',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: { name: 'normal', stddev: 1 } }] },
      [],
      /tensors\[0\] \("w"\)\.init: describeDistribution: .*"stddev"/,
    ],
    [
      'an initializer that does not fit the shape',
      { seed: 1, tensors: [{ name: 'w', shape: [5], init: 'orthogonal' }] },
      [],
      /tensors\[0\] \("w"\)\.init: describeDistribution: /,
    ],
    [
      'a duplicate name',
      {
        seed: 1,
        tensors: [
          { name: 'w', shape: [2], init: 'zeros' },
          { name: 'w', shape: [3], init: 'zeros' },
        ],
      },
      [],
      /tensors\[1\]\.name must be unique, got "w" twice/,
    ],
    [
      'a bad shape',
      { seed: 1, tensors: [{ name: 'w', shape: [2, -1], init: 'zeros' }] },
      [],
      /tensors\[0\] \("w"\)\.shape/,
    ],
    [
      'an unknown dtype',
      { seed: 1, dtype: 'float16', tensors: [{ name: 'w', shape: [2], init: 'zeros' }] },
      [],
      /dtype must be one of "float32", "float64", got "float16"/,
    ],
    [
      'no seed',
      { tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      [],
      /a seed must be given, by --seed S or "seed" in the spec/,
    ],
    [
      'a fractional seed',
      { seed: 0.5, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      [],
      /seed must be a safe integer, got 0\.5/,
    ],
    [
      'a shard past N',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      ['--shard', '3/2'],
      /--shard must be i\/N with 1 ≤ i ≤ N ≤ 99999, got "3\/2"/,
    ],
    [
      'a shard 0',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      ['--shard', '0/2'],
      /--shard must be i\/N/,
    ],
    [
      'a bad --seed',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      ['--seed', '1e3'],
      /--seed must be a safe integer, got "1e3"/,
    ],
    [
      'a tensor whose single row along the first dimension no array can hold',
      { seed: 1, tensors: [{ name: 'w', shape: [100000, 100000, 100000], init: 'he' }] },
      [],
      /tensors\[0\] \("w"\): shape \[100000,100000,100000\] is written a piece of 10000000000 elements at a time, which needs 40000000000 bytes \(37\.3 GiB\), more than the 4294967296-byte \(4 GiB\) limit of one array/,
    ],
    [
      'a shard larger than the free space of any disk (8 TB)',
      { seed: 1, dtype: 'float64', tensors: [{ name: 'w', shape: [10000000, 100000], init: 'he' }] },
      [],
      /--out .*never: shard 1\/1 needs 8000000000000 bytes \(7450 GiB\), and its file system has \d+ bytes \(.* [GM]iB\) free/,
    ],
    [
      'a repeated flag (the second would silently replace the first)',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      ['--seed', '1', '--seed', '2'],
      /--seed must be given at most once, got "1", "2"/,
    ],
    [
      "a flag whose value is missing (one line, not parseArgs' three)",
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      ['--seed', '--shard', '1/1'],
      /^usage: .*\nnninit init: Option '--seed' argument is ambiguous\. Did you forget [^\n]*\n$/,
    ],
    [
      'an unknown option',
      { seed: 1, tensors: [{ name: 'w', shape: [2, 2], init: 'he' }] },
      ['--sed', '1'],
      /Unknown option '--sed'/,
    ],
  ];
  for (const [what, spec, extra, message] of cases) {
    it(`refuses ${what}, exit status 2`, async () => {
      const path = join(dir, 'bad.json');
      writeFileSync(path, JSON.stringify(spec));
      const out = join(dir, 'never');
      const { status, stderr } = await nninit(['init', path, '--out', out, ...extra]);
      expect(stderr).toMatch(/^(usage: nninit init .*\n)?nninit init: /);
      expect(stderr).toMatch(message);
      expect(status).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('names the spec file when it is missing or not JSON, and requires --out and one spec', async () => {
    const missing = await nninit(['init', join(dir, 'missing.json'), '--out', join(dir, 'never')]);
    expect(missing.stderr).toMatch(/^nninit init: cannot read the spec \(ENOENT/);
    expect(missing.status).toBe(2);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ seed: 1 }');
    expect((await nninit(['init', notJson, '--out', join(dir, 'never')])).stderr).toMatch(
      /^nninit init: .*not\.json: the spec is not JSON/,
    );
    expect((await nninit(['init', specPath])).stderr).toMatch(
      /usage: nninit init SPEC\.json --out DIR.*\nnninit init: --out DIR must be given/,
    );
    expect((await nninit(['init', specPath, specPath, '--out', dir])).stderr).toMatch(/one SPEC\.json must be given/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('when interrupted (SIGTERM, as Ctrl-C sends SIGINT) while writing, removes its .partial file and ends by the signal', async () => {
    // 1.6 GB to write: the process is still writing when the signal arrives, however fast the disk.
    const big = join(dir, 'interrupted.json');
    writeFileSync(
      big,
      JSON.stringify({
        seed: 1,
        tensors: [
          { name: 'a', shape: [20000, 10000], init: 'he' },
          { name: 'b', shape: [20000, 10000], init: 'he' },
        ],
      }),
    );
    const out = join(dir, 'interrupted');
    const child = spawn(
      process.execPath,
      ['--conditions=@nninit/source', '--import', 'tsx', 'src/main.ts', 'init', big, '--out', out],
      { cwd: join(import.meta.dirname, '..'), stdio: 'ignore' },
    );
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const partial = join(out, 'model-00001-of-00001.safetensors.partial');
    while (!existsSync(partial)) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);

  it('reports a file error with exit status 2 and leaves no temporary file behind', async () => {
    const out = join(dir, 'blocked');
    // A directory where the shard file should go: everything is written, then the rename fails.
    mkdirSync(join(out, 'model-00001-of-00001.safetensors'), { recursive: true });
    writeFileSync(join(out, 'model-00001-of-00001.safetensors', 'x'), 'x');
    const { status, stderr } = await nninit(['init', specPath, '--out', out]);
    expect(stderr).toMatch(
      /^nninit init: writeChunks: path must name a writable file, got ".*" \(EISDIR.*-of-00001\.safetensors\.partial/,
    );
    expect(status).toBe(2);
    expect(readdirSync(out)).toEqual(['model-00001-of-00001.safetensors']);
    // --out naming a file, not a directory.
    const file = join(dir, 'plain-file');
    writeFileSync(file, '');
    const second = await nninit(['init', specPath, '--out', file]);
    expect(second.stderr).toMatch(/^nninit init: .*EEXIST|ENOTDIR/);
    expect(second.status).toBe(2);
  });
});
