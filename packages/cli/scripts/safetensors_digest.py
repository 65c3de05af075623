"""Digests of the tensors `nninit init` wrote, by a plain safetensors reader independent of
@nninit/io (Python's standard library only).

Usage:
  python3 safetensors_digest.py DIR        one line per tensor of DIR's shards, sorted by name:
                                           "name dtype shape sha256"; exit 1 if the index and the
                                           files disagree. Two runs are bit-identical exactly when
                                           their outputs are (`diff` them).
  python3 safetensors_digest.py --files FILE...   JSON, for the tests (below).

For each file, checks the layout as the reference reader does (huggingface/safetensors
`safetensors/src/tensor.rs`: an 8-byte little-endian header length N <= 100,000,000, N bytes of
JSON starting with "{", data offsets that tile the buffer exactly from 0, each tensor's byte count
equal to its element count times its dtype's size, no trailing bytes), and prints one JSON object:
{file: {"metadata": ..., "tensors": {name: {"dtype", "shape", "sha256", "first"}}}}, where
"first" is the first element as a float (F32/F64 only), so a test can compare tensors bit for bit
across files without loading them into JavaScript.
"""

import hashlib
import json
import os
import struct
import sys

SIZES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}


def read(path):
    with open(path, "rb") as f:
        blob = f.read()
    (n,) = struct.unpack("<Q", blob[:8])
    assert n <= 100_000_000, f"{path}: header length {n}"
    text = blob[8 : 8 + n].decode("utf-8")
    assert text.startswith("{"), f"{path}: header does not start with {{"
    header = json.loads(text)
    metadata = header.pop("__metadata__", None)
    data = blob[8 + n :]
    entries = sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0])
    at = 0
    tensors = {}
    for name, info in entries:
        begin, end = info["data_offsets"]
        assert begin == at, f"{path}: {name} starts at {begin}, not {at}"
        count = 1
        for d in info["shape"]:
            count *= d
        assert end - begin == count * SIZES[info["dtype"]], f"{path}: {name} has {end - begin} bytes"
        raw = data[begin:end]
        first = None
        if count > 0 and info["dtype"] in ("F32", "F64"):
            (first,) = struct.unpack("<f" if info["dtype"] == "F32" else "<d", raw[: SIZES[info["dtype"]]])
        tensors[name] = {
            "dtype": info["dtype"],
            "shape": info["shape"],
            "sha256": hashlib.sha256(raw).hexdigest(),
            "first": first,
        }
        at = end
    assert at == len(data), f"{path}: {len(data) - at} trailing bytes"
    return {"metadata": metadata, "tensors": tensors}


def digest(directory):
    """The lines of DIR's tensors, after checking that the index and the shards agree."""
    with open(os.path.join(directory, "model.safetensors.index.json")) as f:
        index = json.load(f)
    lines = []
    seen = {}
    for file in sorted(set(index["weight_map"].values())):
        for name, t in read(os.path.join(directory, file))["tensors"].items():
            assert index["weight_map"].get(name) == file, f"{name} is in {file}, the index says {index['weight_map'].get(name)}"
            assert name not in seen, f"{name} is in {seen.get(name)} and {file}"
            seen[name] = file
            lines.append(f"{name} {t['dtype']} {t['shape']} {t['sha256']}")
    assert set(seen) == set(index["weight_map"]), "the index names tensors no shard holds"
    return sorted(lines)


if __name__ == "__main__":
    if sys.argv[1] == "--files":
        json.dump({path: read(path) for path in sys.argv[2:]}, sys.stdout)
    else:
        try:
            print("\n".join(digest(sys.argv[1])))
        except AssertionError as error:
            sys.exit(f"safetensors_digest.py: {error}")
