import { leb128 } from './leb128.js';

/** One function of a module: its parameter types, its extra locals (in runs of one type) and its body. */
export interface WasmFunction {
  readonly name: string;
  readonly params: readonly number[];
  readonly locals: readonly (readonly [count: number, type: number])[];
  readonly body: readonly number[];
  /**
   * Names of the parameters, then of the locals, in index order, for the name section that
   * `wasmModule(…, { names: true })` writes (so `.wat` text reads `local.get $k0`). Optional.
   */
  readonly localNames?: readonly string[];
}

/** Options of {@link wasmModule}. */
export interface WasmModuleOptions {
  /**
   * Append a name section (core spec §7.4.1: function names and local names) so that text made
   * from the bytes is readable. Default false: the bytes are then exactly as without options.
   */
  readonly names?: boolean;
}

/**
 * Encodes a module (core spec §5.5) with one exported, growable memory named `memory` (one
 * 64 KiB page to start) and the given functions, each exported under its name; all results are
 * void. Every function gets its own type, which keeps the encoder free of type deduplication.
 */
export function wasmModule(functions: readonly WasmFunction[], options: WasmModuleOptions = {}): Uint8Array {
  const vec = (items: readonly number[][]): number[] => [...leb128(items.length), ...items.flat()];
  const section = (id: number, content: number[]): number[] => [id, ...leb128(content.length), ...content];
  const name = (s: string): number[] => [...leb128(s.length), ...[...s].map((c) => c.charCodeAt(0))];
  const types = functions.map((f) => [0x60, ...vec(f.params.map((t) => [t])), 0]);
  const code = functions.map((f) => {
    const content = [...vec(f.locals.map(([count, type]) => [...leb128(count), type])), ...f.body, 0x0b];
    return [...leb128(content.length), ...content];
  });
  const exports = [[...name('memory'), 0x02, 0], ...functions.map((f, i) => [...name(f.name), 0x00, ...leb128(i)])];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d], // "\0asm"
    ...[0x01, 0x00, 0x00, 0x00], // version 1
    ...section(1, vec(types)),
    ...section(3, vec(functions.map((_, i) => leb128(i)))),
    ...section(5, vec([[0x00, 1]])), // memory: min 1 page, no maximum
    ...section(7, vec(exports)),
    ...section(10, vec(code)),
    ...(options.names === true ? nameSection(functions) : []),
  ]);
}

/** The custom section "name": subsection 1 (function names) and 2 (local names, where given). */
function nameSection(functions: readonly WasmFunction[]): number[] {
  const vec = (items: readonly number[][]): number[] => [...leb128(items.length), ...items.flat()];
  const name = (s: string): number[] => [...leb128(s.length), ...[...s].map((c) => c.charCodeAt(0))];
  const subsection = (id: number, content: number[]): number[] => [id, ...leb128(content.length), ...content];
  const functionNames = vec(functions.map((f, i) => [...leb128(i), ...name(f.name)]));
  const localNames = vec(
    functions.map((f, i) => [...leb128(i), ...vec((f.localNames ?? []).map((n, j) => [...leb128(j), ...name(n)]))]),
  );
  const content = [...name('name'), ...subsection(1, functionNames), ...subsection(2, localNames)];
  return [0, ...leb128(content.length), ...content];
}
