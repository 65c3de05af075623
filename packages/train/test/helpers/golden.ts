import { readFileSync } from 'node:fs';

/** Reads a golden file from test/data (written by scripts/golden.py). */
export function golden<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')) as T;
}
