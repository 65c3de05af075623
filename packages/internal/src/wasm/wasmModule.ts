import { leb128 } from './leb128.js';

/** One function of a module: its parameter types, its extra locals (in runs of one type) and its body. */
export interface WasmFunction {
  readonly name: string;
  readonly params: readonly number[];
  /** Result types; none if omitted. */
  readonly results?: readonly number[];
  readonly locals: readonly (readonly [count: number, type: number])[];
  readonly body: readonly number[];
  /**
   * Names of the parameters then the locals, by index, for the name section that
   * `wasmModule(functions, { names: true })` writes; ignored otherwise.
   */
  readonly localNames?: readonly string[];
}

/** Options of {@link wasmModule}. */
export interface WasmModuleOptions {
  /**
   * Append a name section (custom section `name`, core spec appendix 7.4) with each function's
   * name and its `localNames`, so that a disassembler prints `$f64r4w1` and `local.get $aPtr`
   * instead of indices. Default false: the output is then exactly the module without it, byte
   * for byte, and with it the same bytes followed by the one custom section, which engines do
   * not execute.
   */
  readonly names?: boolean;
}

/**
 * Encodes a module (core spec §5.5) with one exported, growable memory named `memory` (one
 * 64 KiB page to start) and the given functions, each exported under its name (void unless it declares `results`). Every function gets its own type, which keeps the encoder free of type deduplication.
 */
export function wasmModule(functions: readonly WasmFunction[], options: WasmModuleOptions = {}): Uint8Array {
  const vec = (items: readonly number[][]): number[] => [...leb128(items.length), ...items.flat()];
  const section = (id: number, content: number[]): number[] => [id, ...leb128(content.length), ...content];
  const name = (s: string): number[] => [...leb128(s.length), ...[...s].map((c) => c.charCodeAt(0))];
  const types = functions.map((f) => [
    0x60,
    ...vec(f.params.map((t) => [t])),
    ...vec((f.results ?? []).map((t) => [t])),
  ]);
  const code = functions.map((f) => {
    const content = [...vec(f.locals.map(([count, type]) => [...leb128(count), type])), ...f.body, 0x0b];
    return [...leb128(content.length), ...content];
  });
  const exports = [[...name('memory'), 0x02, 0], ...functions.map((f, i) => [...name(f.name), 0x00, ...leb128(i)])];
  const names = options.names === true ? nameSection(functions, vec, section, name) : [];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d], // "\0asm"
    ...[0x01, 0x00, 0x00, 0x00], // version 1
    ...section(1, vec(types)),
    ...section(3, vec(functions.map((_, i) => leb128(i)))),
    ...section(5, vec([[0x00, 1]])), // memory: min 1 page, no maximum
    ...section(7, vec(exports)),
    ...section(10, vec(code)),
    ...names,
  ]);
}

/** The custom `name` section: function names (subsection 1) and local names (subsection 2). */
function nameSection(
  functions: readonly WasmFunction[],
  vec: (items: readonly number[][]) => number[],
  section: (id: number, content: number[]) => number[],
  name: (s: string) => number[],
): number[] {
  const functionNames = vec(functions.map((f, i) => [...leb128(i), ...name(f.name)]));
  const localNames = vec(
    functions.map((f, i) => [...leb128(i), ...vec((f.localNames ?? []).map((n, j) => [...leb128(j), ...name(n)]))]),
  );
  const subsection = (id: number, content: number[]): number[] => [id, ...leb128(content.length), ...content];
  return section(0, [...name('name'), ...subsection(1, functionNames), ...subsection(2, localNames)]);
}
