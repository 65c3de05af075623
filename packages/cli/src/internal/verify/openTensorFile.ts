import { basename } from 'node:path';
import { openNpy, openNpz, openSafetensors } from '@nninit/io';
import { openFile } from '@nninit/io/node';
import { UsageError } from '../UsageError.js';
import type { TensorFile } from './TensorFile.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

/**
 * Opens a `.npy`, `.npz` or safetensors file, recognized by its magic bytes, not its name
 * (PyTorch users save `.pt`-named numpy files, and `.bin` safetensors exist):
 *
 * - `.npy`: `\x93NUMPY` (numpy's format spec, NEP 1); its one array is named after the file;
 * - `.npz`: a zip archive, `PK\x03\x04` (a member follows) or `PK\x05\x06` (empty archive);
 * - safetensors: an 8-byte little-endian header length, then the JSON header's `{`.
 *
 * Anything else, and a file that cannot be read, is a {@link UsageError} naming the path.
 *
 * @example
 * ```ts
 * (await openTensorFile('/tmp/w.npy')).names; // ['w.npy']
 * ```
 */
export async function openTensorFile(path: string): Promise<TensorFile> {
  const source = await openFile(path).catch((error: Error) => {
    throw new UsageError(
      `nninit verify: FILE must be a readable file, got ${JSON.stringify(path)} (${error.message.replace(/^openFile: /, '')})`,
    );
  });
  const head = await source.read(0, Math.min(9, source.size));
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
  if (starts(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59)) {
    const file = await openNpy(source);
    const name = basename(path);
    return { format: 'npy', names: [name], read: () => file.read() };
  }
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    const file = await openNpz(source);
    return { format: 'npz', names: file.names, read: (name) => file.read(name) };
  }
  if (head.length === 9 && head[8] === 0x7b) {
    const file = await openSafetensors(source);
    return { format: 'safetensors', names: file.tensors.map((t) => t.name), read: (name) => file.read(name) };
  }
  throw new UsageError(
    `nninit verify: FILE must be a .npy, .npz or safetensors file (recognized by its first bytes), got ${JSON.stringify(path)}, which starts with ${head.length === 0 ? 'nothing (it is empty)' : hex(head)}`,
  );
}
