"""The Python half of test/numpy.test.ts, run once per test file.

Usage: python3 roundtrip.py DIR
1. Reads DIR/from_ts.json, the files nninit wrote into DIR with each array's expected bytes
   (little-endian, C order, in the file's dtype: float16 as half bits), and checks each with
   numpy.load and, for safetensors, the plain parser below (struct + json, per the format's
   README). Every difference is a failure.
2. Writes its own random arrays with numpy (every dtype, both byte orders, C and Fortran order,
   versions 1.0/2.0/3.0, 0-d and zero-size shapes; np.savez and np.savez_compressed) into
   DIR/py/, with their expected bytes (float16 as numpy's float32 widening) in DIR/from_py.json.
Prints JSON {"checked": n, "failures": [...], "written": m}.
"""
import io
import json
import os
import struct
import sys

import numpy as np

out = sys.argv[1]
failures = []
checked = 0


def le_hex(a):
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes().hex()


def parse_safetensors(path):
    """A plain safetensors reader: u64 LE header size, JSON header, little-endian C-order data."""
    with open(path, 'rb') as f:
        raw = f.read()
    (n,) = struct.unpack('<Q', raw[:8])
    header = json.loads(raw[8:8 + n])
    metadata = header.pop('__metadata__', {})
    codes = {'F16': '<f2', 'F32': '<f4', 'F64': '<f8', 'I8': 'i1', 'I16': '<i2', 'I32': '<i4', 'I64': '<i8',
             'U8': 'u1', 'U16': '<u2', 'U32': '<u4', 'U64': '<u8', 'BF16': '<u2'}
    tensors, end = {}, 0
    for name, info in sorted(header.items(), key=lambda kv: kv[1]['data_offsets']):
        begin, stop = info['data_offsets']
        assert begin == end, f'{name}: gap or overlap at {begin}'
        end = stop
        buf = raw[8 + n + begin: 8 + n + stop]
        tensors[name] = (info['dtype'], np.frombuffer(buf, dtype=codes[info['dtype']]).reshape(info['shape']))
    assert 8 + n + end == len(raw), 'trailing bytes'
    return metadata, tensors


for case in json.load(open(os.path.join(out, 'from_ts.json'))):
    path = os.path.join(out, case['file'])
    try:
        if case['kind'] == 'npy':
            a = np.load(path, allow_pickle=False)
            got = (str(a.dtype.newbyteorder('<').str.lstrip('<|')), list(a.shape), le_hex(a))
            if 'fortran' in case:
                with open(path, 'rb') as f:
                    version = np.lib.format.read_magic(f)
                    read_header = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                                   else np.lib.format.read_array_header_2_0)  # 3.0 differs only in UTF-8
                    _, fortran, _ = read_header(f)
                got += (fortran, f'{version[0]}.{version[1]}', a.dtype.byteorder == '>')
                want = (case['code'], case['shape'], case['hex'], case['fortran'], case['version'], case['big'])
            else:
                want = (case['code'], case['shape'], case['hex'])
        elif case['kind'] == 'npz':
            with np.load(path, allow_pickle=False) as z:
                a = z[case['name']]
            got = (a.dtype.str.lstrip('<|'), list(a.shape), le_hex(a))
            want = (case['code'], case['shape'], case['hex'])
        else:
            metadata, tensors = parse_safetensors(path)
            dtype, a = tensors[case['name']]
            got = (dtype, list(a.shape), le_hex(a), metadata)
            want = (case['st'], case['shape'], case['hex'], case['metadata'])
        checked += 1
        if got != want:
            failures.append(f'{case["file"]} {case.get("name", "")}: numpy read {got}, expected {want}')
    except Exception as e:  # noqa: BLE001 - every failure is reported, none hidden
        failures.append(f'{case["file"]} {case.get("name", "")}: {type(e).__name__}: {e}')

# Python writes, nninit reads.
rng = np.random.default_rng(12345)
codes = ['f2', 'f4', 'f8', 'i1', 'i2', 'i4', 'i8', 'u1', 'u2', 'u4', 'u8']
names = {'f2': 'float16', 'f4': 'float32', 'f8': 'float64', 'i1': 'int8', 'i2': 'int16', 'i4': 'int32',
         'i8': 'int64', 'u1': 'uint8', 'u2': 'uint16', 'u4': 'uint32', 'u8': 'uint64'}


def random_array(code, shape):
    dt = np.dtype(code)
    n = int(np.prod(shape))
    bits = rng.integers(0, 256, size=n * dt.itemsize, dtype=np.uint8)
    a = np.frombuffer(bits.tobytes(), dtype=dt.newbyteorder('<')).astype(dt).reshape(shape)
    return a


def expected(a):
    if a.dtype.kind == 'f' and a.dtype.itemsize == 2:
        a = a.astype(np.float32)  # numpy widens exactly, NaN payloads included
    return le_hex(a)


os.makedirs(os.path.join(out, 'py'), exist_ok=True)
written = []
k = 0
for code in codes:
    for endian in '<>':
        for order in 'CF':
            for version in (None, (2, 0), (3, 0)):
                rank = int(rng.integers(0, 5))
                shape = tuple(int(d) for d in rng.integers(0, 5, size=rank))
                a = random_array(code, shape)
                stored = np.asarray(a, dtype=np.dtype(code).newbyteorder(endian), order=order)
                name = f'py/{k}.npy'
                k += 1
                with open(os.path.join(out, name), 'wb') as f:
                    if version is None:
                        np.save(f, stored)
                    else:
                        np.lib.format.write_array(f, stored, version=version)
                written.append({'kind': 'npy', 'file': name, 'dtype': names[code], 'shape': list(shape), 'hex': expected(a)})
# Matrices larger than one 32 x 32 tile, in Fortran order, so blocked transposes are exercised.
for code, shape in (('f8', (70, 45)), ('i2', (33, 97)), ('f2', (64, 31)), ('u1', (3, 5, 70))):
    a = random_array(code, shape)
    name = f'py/{k}.npy'
    k += 1
    np.save(os.path.join(out, name), np.asfortranarray(a))
    written.append({'kind': 'npy', 'file': name, 'dtype': names[code], 'shape': list(shape), 'hex': expected(a)})
for save, label in ((np.savez, 'stored'), (np.savez_compressed, 'deflated')):
    arrays = {f'a{c}': random_array(c, (3, 2)) for c in codes}
    name = f'py/{label}.npz'
    save(os.path.join(out, name), **arrays)
    for key, a in arrays.items():
        written.append({'kind': 'npz', 'file': name, 'name': key, 'dtype': names[key[1:]], 'shape': [3, 2],
                        'hex': expected(a)})
json.dump(written, open(os.path.join(out, 'from_py.json'), 'w'))
json.dump({'checked': checked, 'failures': failures, 'written': len(written)}, sys.stdout)
