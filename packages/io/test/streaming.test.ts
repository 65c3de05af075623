import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ArraySource,
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
});
