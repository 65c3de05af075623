import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ArraySource,
  type ArrayStreamSource,
  npzChunks,
  openNpy,
  openNpz,
  openSafetensors,
  readNpy,
  readNpz,
  readSafetensors,
  safetensorsChunks,
  writeNpy,
  writeNpz,
  writeSafetensors,
} from '@nninit/io';
import { openFile, writeChunks } from '@nninit/io/node';
import { afterAll, describe, expect, it } from 'vitest';

// Reading one tensor reads only the header and that tensor's bytes; writing asks for each
// tensor's data only when its turn comes, so one tensor at a time is in memory.

/** A Blob that records every byte range read from it. */
class CountingBlob extends Blob {
  readonly ranges: [number, number][] = [];
  override slice(start?: number, end?: number, contentType?: string): Blob {
    this.ranges.push([start ?? 0, end ?? this.size]);
    return super.slice(start, end, contentType);
  }
  get bytesRead(): number {
    return this.ranges.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, this.size) - a), 0);
  }
}

const MiB = 1 << 20;
const sources = (log: string[]): ArraySource[] =>
  ['a', 'b', 'c', 'd'].map((name, k) => ({
    name,
    dtype: 'float32',
    shape: [MiB / 4],
    data: () => {
      log.push(`data ${name}`);
      return new Float32Array(MiB / 4).fill(k + 1);
    },
  }));

const dir = mkdtempSync(join(tmpdir(), 'nninit-io-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('streaming', () => {
  it('safetensorsChunks asks for each tensor after the previous one was consumed', async () => {
    const log: string[] = [];
    for await (const chunk of safetensorsChunks(sources(log))) log.push(`chunk ${chunk.length}`);
    expect(log).toEqual([
      'chunk 288',
      'data a',
      `chunk ${MiB}`,
      'data b',
      `chunk ${MiB}`,
      'data c',
      `chunk ${MiB}`,
      'data d',
      `chunk ${MiB}`,
    ]);
  });

  it('npzChunks does the same, member by member', async () => {
    const log: string[] = [];
    for await (const chunk of npzChunks(sources(log))) if (chunk.length >= MiB) log.push('data chunk');
    expect(log).toEqual([
      'data a',
      'data chunk',
      'data b',
      'data chunk',
      'data c',
      'data chunk',
      'data d',
      'data chunk',
    ]);
  });

  it('openSafetensors reads the header and one tensor, nothing else', async () => {
    const path = join(dir, 'model.safetensors');
    const written = await writeChunks(path, safetensorsChunks(sources([])));
    expect(written).toBe(288 + 4 * MiB);
    const blob = new CountingBlob([readFileSync(path)]);
    const file = await openSafetensors(blob);
    const c = await file.read('c');
    expect(c.data[0]).toBe(3);
    expect(blob.bytesRead).toBe(288 + MiB);
    // The same through the Node entry point's file Blob.
    const fromDisk = await openSafetensors(await openFile(path));
    expect((await fromDisk.read('d')).data[MiB / 4 - 1]).toBe(4);
  });

  it('openNpz reads the directory and one member, nothing else', async () => {
    const path = join(dir, 'w.npz');
    await writeChunks(path, npzChunks(sources([])));
    const blob = new CountingBlob([readFileSync(path)]);
    const file = await openNpz(blob);
    expect(file.names).toEqual(['a', 'b', 'c', 'd']);
    expect((await file.read('b')).data[0]).toBe(2);
    // The tail (end records, at most 64 KiB of comment room), the directory, one local header, one member.
    expect(blob.bytesRead).toBeLessThan(MiB + 128 + 70_000 + 1000);
    expect(blob.bytesRead).toBeGreaterThan(MiB);
  });

  it('any { size, read } is a source: the ranges asked for are the header and one tensor', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'model.safetensors')));
    const asked: [number, number][] = [];
    const source = {
      size: bytes.length,
      read: async (offset: number, length: number) => {
        asked.push([offset, length]);
        return bytes.slice(offset, offset + length);
      },
    };
    const file = await openSafetensors(source);
    expect((await file.read('b')).data[0]).toBe(2);
    expect(asked).toEqual([
      [0, 8],
      [8, 280],
      [288 + MiB, MiB],
    ]);
    await expect(openSafetensors({ size: -1, read: source.read })).rejects.toThrow(
      /^openSafetensors: source\.size must be a non-negative integer, got -1$/,
    );
    await expect(openSafetensors({ size: 8, read: async () => [0, 0] as never })).rejects.toThrow(
      /^openSafetensors: source\.read\(\) must be a Uint8Array, got \[0,0\]$/,
    );
  });

  it('openNpy reads the header before the data, and the data once', async () => {
    const bytes = writeNpy({ dtype: 'float64', shape: [3, 4], data: new Float64Array(12).fill(7) });
    const blob = new CountingBlob([bytes]);
    const file = await openNpy(blob);
    expect(blob.bytesRead).toBeLessThan(140);
    await file.read();
    expect(blob.bytesRead).toBeLessThan(bytes.length + 140);
  });

  it("results never share memory with the caller's bytes (only with buffers the reader made)", async () => {
    const array = { dtype: 'float32', shape: [4], data: new Float32Array([1, 2, 3, 4]) } as const;
    const npyBytes = writeNpy(array);
    const npzBytes = writeNpz({ w: array });
    const stBytes = writeSafetensors({ w: array });
    const results = [
      readNpy(npyBytes),
      await (await openNpy(npyBytes)).read(),
      readNpz(npzBytes).get('w'),
      await (await openNpz(npzBytes)).read('w'),
      readSafetensors(stBytes).tensors.get('w'),
      await (await openSafetensors(stBytes)).read('w'),
    ];
    npyBytes.fill(0);
    npzBytes.fill(0);
    stBytes.fill(0);
    for (const r of results) expect(r?.data).toEqual(new Float32Array([1, 2, 3, 4]));
  });

  it('writeChunks writes nothing under the real name when the stream fails', async () => {
    const path = join(dir, 'broken.npz');
    const broken: ArraySource[] = [
      { name: 'x', dtype: 'float32', shape: [2], data: () => new Float64Array(2) as never },
    ];
    await expect(writeChunks(path, npzChunks(broken))).rejects.toThrow(
      /^npzChunks: sources\[0\]\.data\(\) must be a Float32Array \(dtype float32\), got a Float64Array of length 2$/,
    );
    expect(() => readFileSync(path)).toThrow();
    expect(() => readFileSync(`${path}.partial`)).toThrow();
    await expect(writeChunks('', [])).rejects.toThrow(/^writeChunks: path must be a non-empty string, got ""$/);
    await expect(openFile(join(dir, 'missing'))).rejects.toThrow(/^openFile: path must name a readable file/);
    expect(writeNpz({}).length).toBe(22);
  });

  it('writeChunks removes the .partial file when the final rename fails, and names the path', async () => {
    // A non-empty directory under the real name: the rename fails after every byte was written.
    const path = join(dir, 'taken.safetensors');
    mkdirSync(path);
    writeFileSync(join(path, 'inside'), 'x');
    await expect(writeChunks(path, safetensorsChunks(sources([])))).rejects.toThrow(
      /^writeChunks: path must name a writable file, got ".*taken\.safetensors" \(/,
    );
    expect(existsSync(`${path}.partial`)).toBe(false);
    expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('x');
    await expect(writeChunks(join(dir, 'no', 'such', 'dir.bin'), [])).rejects.toThrow(
      /^writeChunks: path must name a writable file, got ".*dir\.bin" \(ENOENT/,
    );
  });
});

describe('safetensorsChunks with pieces (ArrayStreamSource)', () => {
  // The values of a [5, 3] tensor, given whole and in uneven pieces through one reused buffer.
  const whole = Float32Array.from({ length: 15 }, (_, i) => (i - 7) / 3);
  const piecewise = (dtype: 'float32' | 'float16' | 'bfloat16', lengths: number[]): ArrayStreamSource => ({
    name: 'w',
    dtype,
    shape: [5, 3],
    chunks: function* () {
      const buffer = new Float32Array(Math.max(...lengths));
      let at = 0;
      for (const n of lengths) {
        buffer.set(whole.subarray(at, at + n));
        at += n;
        yield buffer.subarray(0, n);
      }
    },
  });
  const collect = async (chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> => {
    const parts: Uint8Array[] = [];
    // Copied as they come: the producer refills its buffer for the next piece.
    for await (const c of chunks) parts.push(c.slice());
    return new Uint8Array(Buffer.concat(parts));
  };

  for (const dtype of ['float32', 'float16', 'bfloat16'] as const) {
    it(`writes the bytes writeSafetensors writes for the whole ${dtype} array`, async () => {
      const other: ArraySource = { name: 'b', dtype: 'float64', shape: [2], data: new Float64Array([1, 2]) };
      const expected = writeSafetensors(
        {
          w: { dtype, shape: [5, 3], data: whole.slice() },
          b: { dtype: 'float64', shape: [2], data: new Float64Array([1, 2]) },
        },
        { metadata: { format: 'pt' } },
      );
      const got = await collect(
        safetensorsChunks([piecewise(dtype, [4, 0, 7, 3, 1]), other], { metadata: { format: 'pt' } }),
      );
      expect(Buffer.from(got).equals(Buffer.from(expected))).toBe(true);
    });
  }

  it('rejects pieces that add up to another size, or of the wrong type, naming the source', async () => {
    await expect(collect(safetensorsChunks([piecewise('float32', [4, 4, 4])]))).rejects.toThrow(
      /^safetensorsChunks: the pieces of sources\[0\]\.chunks\(\) must be 15 elements in all \(the shape's size\), got 12$/,
    );
    await expect(collect(safetensorsChunks([piecewise('float32', [8, 8])]))).rejects.toThrow(
      /^safetensorsChunks: the pieces of sources\[0\]\.chunks\(\) must be 15 elements in all \(the shape's size\), got 16$/,
    );
    const wrong: ArrayStreamSource = {
      name: 'w',
      dtype: 'float64',
      shape: [2],
      chunks: () => [new Float32Array(2) as never],
    };
    await expect(collect(safetensorsChunks([wrong]))).rejects.toThrow(
      /^safetensorsChunks: each piece of sources\[0\]\.chunks\(\) must be a Float64Array \(dtype float64\), got a Float32Array of length 2$/,
    );
    const both = { ...piecewise('float32', [15]), data: whole } as unknown as ArrayStreamSource;
    await expect(collect(safetensorsChunks([both]))).rejects.toThrow(
      /^safetensorsChunks: sources\[0\]\.data must be absent when chunks is given/,
    );
    const notFn = { name: 'w', dtype: 'float32', shape: [1], chunks: [whole] } as unknown as ArrayStreamSource;
    await expect(collect(safetensorsChunks([notFn]))).rejects.toThrow(
      /^safetensorsChunks: sources\[0\]\.chunks must be a function returning an iterable of typed arrays/,
    );
  });

  it('npzChunks, which needs each member whole, rejects a source of pieces', async () => {
    const source = piecewise('float32', [15]) as unknown as ArraySource;
    await expect(collect(npzChunks([source]))).rejects.toThrow(/^npzChunks: sources\[0\]\.data must be a Float32Array/);
  });
});
