import {
  openNpy,
  openNpz,
  openSafetensors,
  readNpy,
  readNpz,
  readSafetensors,
  toTensor,
  writeNpy,
  writeNpz,
  writeSafetensors,
} from '@nninit/io';
import { describe, expect, it } from 'vitest';
import { golden } from './helpers/data.js';

// Bad files get errors that name the function, the parameter, what was wrong and the value,
// before anything large is allocated: truncation, corrupt headers, absurd lengths, wrong magic,
// unsupported dtypes (object arrays are never unpickled).

const f32 = { dtype: 'float32', shape: [2, 3], data: new Float32Array([1, 2, 3, 4, 5, 6]) } as const;
const ascii = (s: string) => new TextEncoder().encode(s);

/** A v1.0 .npy file with the given header text (padded to 64) and data. */
function npy(header: string, data = new Uint8Array(0), major = 1): Uint8Array {
  const prefix = major === 1 ? 10 : 12;
  const padded = `${header + ' '.repeat((64 - ((prefix + header.length + 1) % 64)) % 64)}\n`;
  const out = new Uint8Array(prefix + padded.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0]);
  if (major === 1) new DataView(out.buffer).setUint16(8, padded.length, true);
  else new DataView(out.buffer).setUint32(8, padded.length, true);
  out.set(ascii(padded), prefix);
  out.set(data, prefix + padded.length);
  return out;
}

/** A safetensors file with the given header JSON and data length. */
function st(json: string, dataLength: number, declared?: bigint): Uint8Array {
  const text = ascii(json);
  const out = new Uint8Array(8 + text.length + dataLength);
  new DataView(out.buffer).setBigUint64(0, declared ?? BigInt(text.length), true);
  out.set(text, 8);
  return out;
}

describe('.npy', () => {
  const good = writeNpy(f32);
  const cases: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(0), /^readNpy: bytes must be a \.npy file of at least 10 bytes, got "0 bytes"$/],
    [
      'the wrong magic',
      ascii('PK\u0003\u0004 not npy at all'),
      /^readNpy: bytes must be a \.npy file starting with the magic \\x93NUMPY, got the bytes 50 4b 03 04 20 6e$/,
    ],
    [
      'version 4.0',
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (0,), }").map((b, i) => (i === 6 ? 4 : b)),
      /version 1\.0, 2\.0 or 3\.0, got "version 4\.0"/,
    ],
    ['a truncated header', good.subarray(0, 60), /is truncated: its header needs 128 bytes, got a file of 60 bytes/],
    [
      'truncated data',
      good.subarray(0, good.length - 1),
      /is truncated: the data of shape \[2,3\] float32 needs 152 bytes, got a file of 151 bytes/,
    ],
    ['bytes after the data', new Uint8Array([...good, 0]), /must end after its 24 bytes of data, got 1 bytes more/],
    [
      'an object array',
      npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", new Uint8Array(8)),
      /object array \(descr "\|O"\).*never unpickles/,
    ],
    [
      'a structured dtype',
      npy("{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (1,), }"),
      /structured dtypes are not supported\), got a list/,
    ],
    [
      'a bool array',
      npy("{'descr': '|b1', 'fortran_order': False, 'shape': (1,), }", new Uint8Array(1)),
      /descr in the \.npy header of bytes must be one of .*got "\|b1"/,
    ],
    [
      'a complex array',
      npy("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }", new Uint8Array(8)),
      /got "<c8"/,
    ],
    [
      'a missing key',
      npy("{'descr': '<f4', 'shape': (1,), }"),
      /keys of bytes must be exactly "descr", "fortran_order", "shape", got an array of length 2|got \["descr","shape"\]/,
    ],
    [
      'an extra key',
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1, }"),
      /must be exactly "descr", "fortran_order", "shape"/,
    ],
    [
      'a duplicate key',
      npy("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,), }"),
      /not a valid dict: a duplicate key "descr"/,
    ],
    [
      'a call in the header',
      npy("{'descr': __import__('os'), 'fortran_order': False, 'shape': (1,), }"),
      /not a valid dict: a value expected at character 10/,
    ],
    [
      'a list for the shape',
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': [1], }"),
      /shape in the \.npy header of bytes must be a tuple of integers, got a list/,
    ],
    [
      'a negative dimension',
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }"),
      /not a valid dict: a value expected/,
    ],
    [
      'fortran_order not a bool',
      npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (1,), }"),
      /fortran_order in the \.npy header of bytes must be True or False, got 0/,
    ],
    [
      'a shape of 2^50 bytes',
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1048576, 1048576, 256), }"),
      /^readNpy: bytes.s array of shape \[1048576,1048576,256\] needs 1125899906842624 bytes \(\d+ GiB\), more than the 4294967296-byte \(4 GiB\) limit of one array$/,
    ],
    [
      'a size of 2^53 or more',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }"),
      /shape in the \.npy header of bytes must be of a size below 2\^53/,
    ],
    [
      'an integer of 2^53',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (9007199254740993,), }"),
      /an integer of 2\^53 or more \(9007199254740993\)/,
    ],
  ];
  it.each(cases)('%s', async (_, bytes, message) => {
    expect(() => readNpy(bytes)).toThrow(RangeError);
    expect(() => readNpy(bytes)).toThrow(message);
    await expect(openNpy(new Blob([bytes])).then((f) => f.read())).rejects.toThrow(/^openNpy: /);
  });

  it('a header over maxHeaderSize (10,000 by default, as numpy) is refused before it is read', () => {
    const long = npy(
      `{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }${' '.repeat(20_000)}`,
      new Uint8Array(4),
      2,
    );
    expect(() => readNpy(long)).toThrow(
      /the \.npy header of bytes must be at most maxHeaderSize = 10000 bytes \(numpy's max_header_size\), got 20\d\d\d/,
    );
    expect(readNpy(long, { maxHeaderSize: 30_000 }).shape).toEqual([1]);
    // A header length of 2^32 - 1 claimed by an 80-byte file: refused by the limit, nothing allocated.
    const huge = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", new Uint8Array(4), 2);
    new DataView(huge.buffer).setUint32(8, 0xffffffff, true);
    expect(() => readNpy(huge)).toThrow(/at most maxHeaderSize = 10000 bytes .* got 4294967295/);
    expect(() => readNpy(huge, { maxHeaderSize: 2 ** 33 })).toThrow(/is truncated: its header needs 4294967307 bytes/);
  });

  it('a version 3.0 header must be UTF-8, and a latin-1 header is read as latin-1', () => {
    const v3 = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", new Uint8Array(4), 3);
    v3[13] = 0xff; // inside the header text
    expect(() => readNpy(v3)).toThrow(/the version 3\.0 \.npy header of bytes must be UTF-8/);
  });

  it('unknown options and bad option values name the key', () => {
    expect(() => readNpy(good, { maxHeadersize: 1 } as never)).toThrow(
      /^readNpy: each key of options must be one of "maxHeaderSize", got "maxHeadersize" \(did you mean "maxHeaderSize"\?\)$/,
    );
    expect(() => readNpy(good, { maxHeaderSize: -1 })).toThrow(/^readNpy: options\.maxHeaderSize must be/);
    expect(() => writeNpy(f32, { version: '4.0' as never })).toThrow(
      /^writeNpy: options\.version must be "1\.0", "2\.0" or "3\.0", got "4\.0"$/,
    );
    expect(() => writeNpy({ ...f32, dtype: 'bfloat16' })).toThrow(/numpy has no bfloat16/);
    expect(() => writeNpy({ ...f32, data: new Float64Array(6) } as never)).toThrow(
      /^writeNpy: array\.data must be a Float32Array \(dtype float32\), got a Float64Array of length 6$/,
    );
    expect(() => toTensor(readNpy(golden('npy/i4_le_C.npy')))).toThrow(
      /^toTensor: array\.dtype must be a floating-point dtype/,
    );
  });
});

describe('safetensors', () => {
  const good = writeSafetensors({ a: f32, b: { dtype: 'int8', shape: [3], data: new Int8Array(3) } });
  const entry = (name: string, dtype: string, shape: number[], offsets: [number, number]) =>
    `"${name}":{"dtype":"${dtype}","shape":[${shape}],"data_offsets":[${offsets}]}`;
  const cases: [string, Uint8Array, RegExp][] = [
    ['a file shorter than 8 bytes', new Uint8Array(5), /at least 8 bytes, got "5 bytes"/],
    [
      'a header claiming 2^60 bytes',
      st('{}', 0, 2n ** 60n),
      /the header length of bytes must be at most 100000000 bytes \(safetensors' limit\), got "1152921504606846976 bytes"/,
    ],
    [
      'a header longer than the file',
      st('{}', 0, 1000n),
      /is truncated: its header claims 1000 bytes, but the file has only 2 after the length/,
    ],
    ['a header not starting with {', st(' {}', 0), /must start with "\{", got " \{\}"/],
    [
      'malformed JSON',
      st('{"a":', 0),
      /is not valid JSON without duplicate keys: a JSON value expected at character 5/,
    ],
    [
      'duplicate names',
      st(`{${entry('a', 'F32', [1], [0, 4])},${entry('a', 'F32', [1], [4, 8])}}`, 8),
      /a duplicate key "a"/,
    ],
    [
      'overlapping offsets',
      st(`{${entry('a', 'F32', [2], [0, 8])},${entry('b', 'F32', [2], [4, 12])}}`, 12),
      /contiguous, non-overlapping data_offsets from 0: "b" starts at 4, expected 8/,
    ],
    [
      'a gap',
      st(`{${entry('a', 'F32', [1], [0, 4])},${entry('b', 'F32', [1], [8, 12])}}`, 12),
      /"b" starts at 8, expected 4/,
    ],
    [
      'offsets past the end',
      st(`{${entry('a', 'F32', [2], [0, 8])}}`, 4),
      /declares data up to byte 8 of the buffer, past the end of the file \(4 bytes of data\)/,
    ],
    [
      'trailing bytes',
      st(`{${entry('a', 'F32', [1], [0, 4])}}`, 8),
      /declares 4 bytes of data, but the file has 4 bytes more/,
    ],
    [
      'a shape that disagrees with the offsets',
      st(`{${entry('a', 'F32', [3], [0, 8])}}`, 8),
      /data_offsets spanning its 12 bytes \(3 elements of F32\), got \[0,8\] \(8 bytes\)/,
    ],
    ['end before begin', st(`{${entry('a', 'F32', [0], [4, 0])}}`, 4), /end ≥ begin, got \[4,0\]/],
    ['an unknown dtype', st(`{${entry('a', 'F128', [1], [0, 16])}}`, 16), /a dtype among BOOL .* got "F128"/],
    [
      'a negative dimension',
      st(`{${entry('a', 'F32', [-1], [0, 4])}}`, 4),
      /a shape of non-negative integers, got \[-1\]/,
    ],
    [
      'offsets of 2^53 and more',
      st(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[9007199254740993,9007199254740994]}}`, 0),
      /data_offsets \[begin, end\] of non-negative integers, got \[9007199254740992,9007199254740994\]/,
    ],
    [
      'metadata that is not strings',
      st(`{"__metadata__":{"k":1}}`, 0),
      /must map "__metadata__" to strings only, got 1 for "k"/,
    ],
    ['invalid UTF-8', st('{"\xff"}', 0).map((b, i) => (i === 10 ? 0xff : b)), /must be UTF-8, got invalid bytes/],
  ];
  it.each(cases)('%s', async (_, bytes, message) => {
    expect(() => readSafetensors(bytes)).toThrow(RangeError);
    expect(() => readSafetensors(bytes)).toThrow(message);
    await expect(openSafetensors(new Blob([bytes]))).rejects.toThrow(/^openSafetensors: /);
  });

  it('a truncated file is refused by the header check before any tensor is read', () => {
    expect(() => readSafetensors(good.subarray(0, good.length - 1))).toThrow(/past the end of the file/);
  });

  it('a tensor of a dtype nninit does not read (BOOL) can be listed but not read', async () => {
    const bytes = st(`{${entry('mask', 'BOOL', [2], [0, 2])}}`, 2);
    const file = await openSafetensors(new Blob([bytes]));
    expect(file.tensors.map((t) => [t.name, t.fileDType, t.dtype])).toEqual([['mask', 'BOOL', undefined]]);
    await expect(file.read('mask')).rejects.toThrow(
      /^SafetensorsFile\.read: tensor "mask" has dtype BOOL, which nninit does not read/,
    );
    await expect(file.read('mask2')).rejects.toThrow(
      /^SafetensorsFile\.read: name must be a tensor of the file \("mask"\), got "mask2"$/,
    );
    expect(() => readSafetensors(bytes)).toThrow(/^readSafetensors: tensor "mask" has dtype BOOL/);
  });

  it('the writers refuse duplicate names and __metadata__ as a name', () => {
    expect(() => writeSafetensors({ __metadata__: f32 })).toThrow(
      /^writeSafetensors: sources\[0\]\.name must be not "__metadata__"/,
    );
    expect(() => writeSafetensors({ a: f32 }, { metadata: { k: 1 as never } })).toThrow(
      /^writeSafetensors: options\.metadata\["k"\] must be a string, got 1$/,
    );
  });
});

describe('.npz', () => {
  const stored = golden('npz/stored.npz');
  const flip = (bytes: Uint8Array, at: number) => bytes.map((b, i) => (i === at ? b ^ 0xff : b));
  /** Offset of the first byte of data of the first member (its .npy magic). */
  const firstNpy = stored.findIndex((_, i) => stored[i] === 0x93 && stored[i + 1] === 0x4e);
  const cases: [string, Uint8Array, RegExp][] = [
    ['not a zip', writeNpy(f32), /has no end-of-central-directory record \(not a zip archive, or truncated\)/],
    ['a truncated archive', stored.subarray(0, stored.length - 30), /has no end-of-central-directory record/],
    [
      'a corrupt member (CRC-32)',
      flip(stored, firstNpy + 130),
      /fails its CRC-32 check \(stored 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}\): the file is corrupt/,
    ],
    ['a corrupt local header', flip(stored, 0), /^readNpz: bytes has no local header for member "\w+\.npy" at byte 0$/],
  ];
  it.each(cases)('%s', async (_, bytes, message) => {
    expect(() => readNpz(bytes)).toThrow(RangeError);
    expect(() => readNpz(bytes)).toThrow(message);
    await expect(
      openNpz(new Blob([bytes])).then(async (f) => Promise.all(f.names.map((n) => f.read(n)))),
    ).rejects.toThrow(/^(openNpz|NpzFile\.read): /);
  });

  it("corrupt deflate data is a RangeError, not fflate's raw error", () => {
    const deflated = golden('npz/deflated.npz');
    const start = deflated.indexOf(0x50, 40); // somewhere inside the first member's compressed bytes
    const bad = flip(flip(deflated, 45), start);
    expect(() => readNpz(bad)).toThrow(
      /^readNpz: member "\w+\.npy" of bytes (is not valid deflate data|inflates to|fails its CRC-32)/,
    );
  });

  it('an unknown method or an encrypted member is refused by name', () => {
    const bytes = writeNpz({ w: f32 });
    const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const method = bytes.slice();
    method[central + 10] = 12; // bzip2
    expect(() => readNpz(method)).toThrow(
      /^readNpz: the compression method of member "w\.npy" of bytes must be 0 \(stored\) or 8 \(deflated\), got 12$/,
    );
    const encrypted = bytes.slice();
    encrypted[central + 8] = (encrypted[central + 8] as number) | 1;
    expect(() => readNpz(encrypted)).toThrow(/^readNpz: member "w\.npy" of bytes is encrypted/);
  });

  it('a member claiming far more than its deflated bytes can hold is refused before allocating', () => {
    const bytes = writeNpz({ w: f32 }, { compress: true });
    const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(bytes.buffer).setUint32(central + 24, 0xfffffff0, true); // uncompressed size: 4 GiB
    expect(() => readNpz(bytes)).toThrow(
      /^readNpz: member "w\.npy" of bytes declares 4294967280 bytes from \d+ deflated bytes, more than deflate's 1032:1 limit$/,
    );
  });

  it('the writers refuse bfloat16 and unknown options', () => {
    expect(() => writeNpz({ w: { ...f32, dtype: 'bfloat16' } })).toThrow(
      /^writeNpz: sources\[0\]\.dtype must be a dtype numpy has/,
    );
    expect(() => writeNpz({ w: f32 }, { compressed: true } as never)).toThrow(/did you mean "compress"/);
  });
});
