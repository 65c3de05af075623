"""Golden files for @nninit/io's tests, written by numpy (and, for safetensors, by hand with
struct + json from the format's README, as the safetensors package is not installed here).

Usage: python3 packages/io/scripts/golden.py   (writes packages/io/test/data/)
Needs numpy >= 1.25 (the 21-digit growth padding of .npy headers); checked with numpy 2.4.

Writes:
- npy/*.npy: one file per case (every supported dtype, both byte orders, C and Fortran order,
  versions 1.0/2.0/3.0, 0-d and zero-size arrays) by np.save / np.lib.format.write_array, plus
  two hand-made headers numpy still reads: Python 2's `3L` integers and old 16-byte alignment.
- npz/*.npz: np.savez (stored, zip64 extras) and np.savez_compressed (deflated).
- safetensors/*.safetensors: tensors of every supported dtype laid out as the reference writer
  does (safetensors/src/tensor.rs: by dtype size descending, then name; header padded to 8).
- float16.npz: all 65536 half bit patterns and numpy's float32 of each; float32 inputs and
  numpy's astype(float16) of each (round to nearest even); bfloat16 roundings of the same inputs
  computed by comparing distances in float64 (numpy has no bfloat16).
- manifest.json: for every array, its dtype, shape and expected bytes: little-endian C order
  (float16 and bfloat16 as the float32 bits they widen to), in hex; and whether nninit's writer
  must reproduce the file byte for byte (with which options).
"""
import io
import json
import os
import struct
import zipfile

import time
import warnings

import numpy as np

# np.savez stamps members with the current local time; a fixed clock and zone make the archives
# the same bytes on every run.
os.environ['TZ'] = 'UTC'
time.tzset()
time.time = lambda: 315619200.0  # 1980-01-02T00:00:00Z
warnings.filterwarnings('ignore', message='Reading `.npy` or `.npz` file required additional header parsing')
np.seterr(invalid='ignore')

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'test', 'data')
rng = np.random.default_rng(20261205)

NPY_DTYPES = ['f2', 'f4', 'f8', 'i1', 'i2', 'i4', 'i8', 'u1', 'u2', 'u4', 'u8']
NAMES = {'f2': 'float16', 'f4': 'float32', 'f8': 'float64', 'i1': 'int8', 'i2': 'int16', 'i4': 'int32',
         'i8': 'int64', 'u1': 'uint8', 'u2': 'uint16', 'u4': 'uint32', 'u8': 'uint64'}


def values(code, shape):
    """Random elements of dtype `code`, with IEEE special values among the floats."""
    dt = np.dtype(code)
    n = int(np.prod(shape))
    if dt.kind == 'f':
        a = rng.standard_normal(n).astype(dt)
        special = np.array([np.nan, np.inf, -np.inf, -0.0, np.finfo(dt).tiny / 4, np.finfo(dt).max], dtype=dt)
        a[: min(n, len(special))] = special[: min(n, len(special))]
    else:
        info = np.iinfo(dt)
        a = rng.integers(info.min, info.max, size=n, endpoint=True, dtype=dt)
        if n >= 2:
            a[0], a[1] = info.min, info.max
    return a.reshape(shape)


def expected_hex(a):
    """Little-endian C-order bytes; float16 as its float32 widening (numpy's, exact)."""
    if a.dtype.kind == 'f' and a.dtype.itemsize == 2:
        a = a.astype(np.float32)
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes(order='C').hex()


def entry(path, a, **extra):
    return {'file': path, 'dtype': NAMES[a.dtype.str[1:]], 'shape': list(a.shape), 'hex': expected_hex(a), **extra}


def write(path, data):
    full = os.path.join(DATA, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data)


def saved(a, version=None):
    buf = io.BytesIO()
    if version is None:
        np.save(buf, a)
    else:
        np.lib.format.write_array(buf, a, version=version)
    return buf.getvalue()


manifest = {'npy': [], 'npz': [], 'safetensors': []}

# .npy: every dtype little-endian C order and big-endian Fortran order, shape (2, 3, 4).
for code in NPY_DTYPES:
    for order, endian in (('C', '<'), ('F', '>')):
        a = values(code, (2, 3, 4))
        stored = np.asarray(a, dtype=np.dtype(code).newbyteorder(endian), order=order)
        path = f'npy/{code}_{"le" if endian == "<" else "be"}_{order}.npy'
        write(path, saved(stored))
        options = {'byteOrder': 'little' if endian == '<' or np.dtype(code).itemsize == 1 else 'big',
                   'fortranOrder': order == 'F'}
        manifest['npy'].append(entry(path, a, writeOptions=options))

# 0-d, zero-size, 1-d, and versions 2.0 and 3.0.
for path, a, version, options in [
    ('npy/scalar_f8.npy', values('f8', ()), None, {}),
    ('npy/scalar_i1.npy', values('i1', ()), None, {}),
    ('npy/empty_f4.npy', values('f4', (0, 3)), None, {}),
    ('npy/empty_F_f4.npy', np.asfortranarray(values('f4', (3, 0, 2))), None, None),
    ('npy/vector_u8.npy', values('u8', (5,)), None, {}),
    ('npy/v2_f4.npy', values('f4', (3, 2)), (2, 0), {'version': '2.0'}),
    ('npy/v3_f4.npy', values('f4', (3,)), (3, 0), {'version': '3.0'}),
    ('npy/v2_F_f8.npy', np.asfortranarray(values('f8', (2, 5))), (2, 0), {'version': '2.0', 'fortranOrder': True}),
]:
    write(path, saved(a, version))
    # A (3, 0, 2) array is both C- and F-contiguous, so np.save writes it as C order: not
    # reproducible from options, hence no byte comparison (None).
    manifest['npy'].append(entry(path, a, writeOptions=options))

# Hand-made headers numpy reads but no longer writes.
a = values('f4', (3, 2))
header = "{'descr': '<f4', 'fortran_order': False, 'shape': (3L, 2L), }"
header += ' ' * (-(10 + len(header) + 1) % 64) + '\n'
write('npy/python2_long.npy', b'\x93NUMPY\x01\x00' + struct.pack('<H', len(header)) + header.encode('latin1') + a.tobytes())
manifest['npy'].append(entry('npy/python2_long.npy', a, writeOptions=None))
a = values('i2', (4,))
header = "{'descr': '<i2', 'fortran_order': False, 'shape': (4,), }"
header += ' ' * (-(10 + len(header) + 1) % 16) + '\n'
write('npy/align16.npy', b'\x93NUMPY\x01\x00' + struct.pack('<H', len(header)) + header.encode('latin1') + a.tobytes())
manifest['npy'].append(entry('npy/align16.npy', a, writeOptions=None))
for path in ('npy/python2_long.npy', 'npy/align16.npy'):
    loaded = np.load(os.path.join(DATA, path))  # numpy itself accepts them
    assert expected_hex(loaded) == [e for e in manifest['npy'] if e['file'] == path][0]['hex']

# .npz: np.savez (stored; numpy forces zip64 extras on every member) and np.savez_compressed.
arrays = {'w': values('f4', (4, 3)), 'b': values('f8', (3,)), 'step': values('i8', ())}
for kind, save in (('stored', np.savez), ('deflated', np.savez_compressed)):
    buf = io.BytesIO()
    save(buf, np.arange(3, dtype=np.int32), **arrays)
    path = f'npz/{kind}.npz'
    write(path, buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        assert all(i.compress_type == (zipfile.ZIP_STORED if kind == 'stored' else zipfile.ZIP_DEFLATED) for i in z.infolist())
    members = {'arr_0': np.arange(3, dtype=np.int32), **arrays}
    for name, a in members.items():
        manifest['npz'].append({**entry(path, a), 'name': name})

# safetensors, by hand: u64 LE header length, compact JSON, data little-endian C order.
ST = {'F16': ('f2', 2), 'BF16': (None, 2), 'F32': ('f4', 4), 'F64': ('f8', 8), 'I8': ('i1', 1), 'I16': ('i2', 2),
      'I32': ('i4', 4), 'I64': ('i8', 8), 'U8': ('u1', 1), 'U16': ('u2', 2), 'U32': ('u4', 4), 'U64': ('u8', 8)}


def bf16_round(x32):
    """bfloat16 bits of float32 values, round to nearest even, by comparing float64 distances."""
    bits = x32.view(np.uint32).astype(np.uint64)
    lo = (bits >> 16).astype(np.uint32)
    out = []
    for x, l, b in zip(x32.astype(np.float64), lo, bits):
        if np.isnan(x):
            # Keep the upper bits; a payload only in the lower bits becomes a quiet NaN.
            out.append(int(l) if int(l) & 0x7f else int(l) | 0x40)
            continue
        cands = [int(l), int(l) + 1]
        vals = [np.array([c << 16], dtype=np.uint32).view(np.float32)[0].astype(np.float64) for c in cands]
        # IEEE 754 rounds with an unbounded exponent, then overflows: the candidate past the
        # largest finite value stands for ±2^128 when measuring distance.
        vals = [v if np.isfinite(v) else np.copysign(2.0 ** 128, v) for v in vals]
        d = [abs(v - x) for v in vals]
        if np.isinf(x):
            out.append(int(l))
        elif d[0] < d[1] or (d[0] == d[1] and cands[0] % 2 == 0):
            out.append(cands[0])
        else:
            out.append(cands[1] & 0xffff)
    return np.array(out, dtype=np.uint16)


def safetensors_bytes(tensors, metadata):
    """tensors: name -> (dtype string, shape, raw little-endian bytes)."""
    order = sorted(tensors, key=lambda n: (-ST[tensors[n][0]][1], n))
    header, offset = {}, 0
    if metadata is not None:
        header['__metadata__'] = metadata
    for name in order:
        dtype, shape, raw = tensors[name]
        header[name] = {'dtype': dtype, 'shape': list(shape), 'data_offsets': [offset, offset + len(raw)]}
        offset += len(raw)
    text = json.dumps(header, separators=(',', ':')).encode()
    text += b' ' * (-len(text) % 8)
    return struct.pack('<Q', len(text)) + text + b''.join(tensors[n][2] for n in order)


tensors, expected = {}, {}
for dtype, (code, _) in ST.items():
    shape = (3, 2) if dtype != 'I16' else (4,)
    if dtype == 'BF16':
        x = values('f4', shape)
        b = bf16_round(x.ravel()).reshape(shape)
        raw = b.astype('<u2').tobytes()
        widened = (b.astype(np.uint32) << 16).view(np.float32)
        expected[f't_{dtype.lower()}'] = ('bfloat16', shape, widened.astype('<f4').tobytes().hex())
    else:
        a = values(code, shape)
        raw = a.astype(np.dtype(code).newbyteorder('<')).tobytes()
        expected[f't_{dtype.lower()}'] = (NAMES[code], shape, expected_hex(a))
    tensors[f't_{dtype.lower()}'] = (dtype, shape, raw)
tensors['scalar'] = ('F64', (), values('f8', ()).astype('<f8').tobytes())
expected['scalar'] = ('float64', (), tensors['scalar'][2].hex())
tensors['empty'] = ('F32', (0, 4), b'')
expected['empty'] = ('float32', (0, 4), '')
write('safetensors/all.safetensors', safetensors_bytes(tensors, {'format': 'pt', 'source': 'golden.py'}))
for name, (dtype, shape, hexed) in expected.items():
    manifest['safetensors'].append({'file': 'safetensors/all.safetensors', 'name': name, 'dtype': dtype,
                                    'shape': list(shape), 'hex': hexed})
manifest['safetensorsMetadata'] = {'format': 'pt', 'source': 'golden.py'}

# float16: every bit pattern widened by numpy; float32 values rounded by numpy (and bfloat16 by distance).
all_half = np.arange(65536, dtype=np.uint16).view(np.float16)
edges = np.array([65504, 65519.996, 65520, 2.0 ** -24, 2.0 ** -25, 2.0 ** -25 * 1.0000001, 3 * 2.0 ** -26,
                  2.0 ** -14, 2.0 ** -14 - 2.0 ** -25, 1 + 2.0 ** -11, 1 + 3 * 2.0 ** -11, 3.4e38, 1e-45,
                  np.inf, -np.inf, np.nan, -0.0, 0.0], dtype=np.float32)
random_bits = rng.integers(0, 2 ** 32, size=4096, dtype=np.uint64).astype(np.uint32).view(np.float32)
random_bits = random_bits[~np.isnan(random_bits)]
near_half = (rng.standard_normal(4096) * 10.0 ** rng.uniform(-9, 5, 4096)).astype(np.float32)
inputs = np.concatenate([edges, random_bits, near_half])
with np.errstate(over='ignore'):
    rounded = inputs.astype(np.float16)
buf = io.BytesIO()
np.savez_compressed(buf, half_bits=all_half.view(np.uint16), half_as_float32_bits=all_half.astype(np.float32).view(np.uint32),
                    float32_bits=inputs.view(np.uint32), to_half_bits=rounded.view(np.uint16),
                    to_bfloat16_bits=bf16_round(inputs))
write('float16.npz', buf.getvalue())

with open(os.path.join(DATA, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=1)
    f.write('\n')
print(f'golden.py: wrote {len(manifest["npy"])} npy, {len(manifest["npz"])} npz members, '
      f'{len(manifest["safetensors"])} safetensors tensors, float16.npz')
