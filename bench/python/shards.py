"""numpy anchor for bench/src/shards.bench.ts: writes the tensors of a `nninit init` spec as
numpy would, one buffer reused for every tensor.

Usage: shards.py SPEC.json OUT_DIR I N
Writes the tensors of shard I of N (the same largest-first assignment by bytes as `nninit init`)
to OUT_DIR/<name>.npy: for each, `rng.standard_normal(out=view, dtype=np.float32)` into a view of
one preallocated buffer the size of the largest tensor (so memory is that buffer, as nninit's is
its chunk buffer), then `np.save`. float32 only; prints nothing. Run it under maxrss.py.
"""
import json
import os
import sys

import numpy as np

spec_path, out, index, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(spec_path) as f:
    tensors = json.load(f)["tensors"]
sizes = {t["name"]: int(np.prod(t["shape"])) for t in tensors}
order = sorted(tensors, key=lambda t: (-sizes[t["name"]] * 4, t["name"]))
load = [0] * count
mine = []
for t in order:
    best = min(range(count), key=lambda s: (load[s], s))
    load[best] += sizes[t["name"]] * 4
    if best == index - 1:
        mine.append(t)
rng = np.random.default_rng(int(index))
buffer = np.empty(max((sizes[t["name"]] for t in mine), default=0), dtype=np.float32)
os.makedirs(out, exist_ok=True)
for t in mine:
    view = buffer[: sizes[t["name"]]].reshape(t["shape"])
    rng.standard_normal(out=view, dtype=np.float32)
    np.save(os.path.join(out, t["name"] + ".npy"), view)
