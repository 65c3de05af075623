import type { ArrayData, ArrayDType } from '../NdArray.js';

/** What the readers and writers need to know about one {@link ArrayDType}. */
export interface DTypeInfo {
  readonly name: ArrayDType;
  /** Bytes per element in a file. */
  readonly bytes: number;
  /** The typed array that holds it in memory. */
  readonly Type: {
    new (length: number): ArrayData;
    new (buffer: ArrayBuffer, byteOffset: number, length: number): ArrayData;
    readonly BYTES_PER_ELEMENT: number;
    readonly name: string;
  };
  /** numpy's kind and size (`f4`), or undefined where numpy has no such dtype (bfloat16). */
  readonly npy: string | undefined;
  /** The safetensors dtype string. */
  readonly safetensors: string;
}

const table: readonly DTypeInfo[] = [
  { name: 'float16', bytes: 2, Type: Float32Array, npy: 'f2', safetensors: 'F16' },
  { name: 'bfloat16', bytes: 2, Type: Float32Array, npy: undefined, safetensors: 'BF16' },
  { name: 'float32', bytes: 4, Type: Float32Array, npy: 'f4', safetensors: 'F32' },
  { name: 'float64', bytes: 8, Type: Float64Array, npy: 'f8', safetensors: 'F64' },
  { name: 'int8', bytes: 1, Type: Int8Array, npy: 'i1', safetensors: 'I8' },
  { name: 'int16', bytes: 2, Type: Int16Array, npy: 'i2', safetensors: 'I16' },
  { name: 'int32', bytes: 4, Type: Int32Array, npy: 'i4', safetensors: 'I32' },
  { name: 'int64', bytes: 8, Type: BigInt64Array, npy: 'i8', safetensors: 'I64' },
  { name: 'uint8', bytes: 1, Type: Uint8Array, npy: 'u1', safetensors: 'U8' },
  { name: 'uint16', bytes: 2, Type: Uint16Array, npy: 'u2', safetensors: 'U16' },
  { name: 'uint32', bytes: 4, Type: Uint32Array, npy: 'u4', safetensors: 'U32' },
  { name: 'uint64', bytes: 8, Type: BigUint64Array, npy: 'u8', safetensors: 'U64' },
] as DTypeInfo[];

/** Every supported dtype name, in the order error messages list them. */
export const DTYPE_NAMES: readonly ArrayDType[] = table.map((d) => d.name);

export const BY_NAME: ReadonlyMap<string, DTypeInfo> = new Map(table.map((d) => [d.name, d]));
export const BY_NPY: ReadonlyMap<string, DTypeInfo> = new Map(
  table.filter((d) => d.npy !== undefined).map((d) => [d.npy as string, d]),
);
export const BY_SAFETENSORS: ReadonlyMap<string, DTypeInfo> = new Map(table.map((d) => [d.safetensors, d]));

/** True when this host stores typed arrays little-endian (every mainstream engine and CPU). */
export const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
