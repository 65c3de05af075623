import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArrayData, NdArray } from '@nninit/io';

/** The folder of golden files written by scripts/golden.py. */
export const DATA = fileURLToPath(new URL('../data/', import.meta.url));

export interface GoldenArray {
  file: string;
  name?: string;
  dtype: string;
  shape: number[];
  hex: string;
  writeOptions?: Record<string, unknown> | null;
}

export const manifest = JSON.parse(readFileSync(`${DATA}manifest.json`, 'utf8')) as {
  npy: GoldenArray[];
  npz: GoldenArray[];
  safetensors: GoldenArray[];
  safetensorsMetadata: Record<string, string>;
};

export function golden(file: string): Uint8Array {
  return new Uint8Array(readFileSync(`${DATA}${file}`));
}

/** The bytes of a typed array (host order, little-endian on every host we run on) in hex. */
export function hexOf(data: ArrayData): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('hex');
}

/** Asserts-friendly summary of an array: dtype, shape and hex of its data. */
export function summary(a: NdArray): { dtype: string; shape: number[]; hex: string } {
  return { dtype: a.dtype, shape: [...a.shape], hex: hexOf(a.data) };
}
