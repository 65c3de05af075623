"""Golden vectors for @nninit/rng's RandomState and glibcLog, from numpy's legacy RandomState and
Python's math.log (both call this machine's glibc). Writes test/data/numpy-golden.json.

Run: python3 packages/rng/scripts/numpy_golden.py
"""
import hashlib
import json
import math
import os
from decimal import Decimal, getcontext

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "data", "numpy-golden.json")
SEEDS = [0, 1, 2, 3, 42, 12345, 2**32 - 1]
CHUNK = 1 << 16


def sha(values):
    return hashlib.sha256(np.asarray(values, dtype="<f8").tobytes()).hexdigest()


def chunked_sha(values):
    return [sha(values[i:i + CHUNK]) for i in range(0, len(values), CHUNK)]


golden = {"numpy": np.__version__, "seeds": {}}
for seed in SEEDS:
    rs = np.random.RandomState(seed)
    g = {}
    g["rand"] = rs.rand(20).tolist()
    g["randn"] = rs.randn(21).tolist()            # odd: leaves a cached Gaussian behind
    g["normal"] = rs.normal(1.5, 0.25, 7).tolist()  # starts with the cached value
    g["uniform"] = rs.uniform(-3.0, 5.0, 6).tolist()
    g["permutation"] = rs.permutation(23).tolist()
    a = np.arange(17)
    rs.shuffle(a)
    g["shuffle"] = a.tolist()
    g["randnAfter"] = rs.randn(5).tolist()
    golden["seeds"][str(seed)] = g

# A million Gaussians hashed: covers every path of the polar method and half a million logs.
rs = np.random.RandomState(2024)
golden["randnMillion"] = {"seed": 2024, "n": 1 << 20, "sha256": chunked_sha(rs.randn(1 << 20))}

# Calls of every size interleaved, as the block paths (4096 uniforms, 2048 polar attempts) must
# keep numpy's order: an odd randn spanning blocks leaves a cached Gaussian for normal; a shuffle
# of 8 consumes an odd number of 32-bit words, so later doubles straddle MT19937's refills.
rs = np.random.RandomState(99)
golden["interleaved"] = {
    "seed": 99,
    "randn4099": chunked_sha(rs.randn(4099)),
    "rand5": rs.rand(5).tolist(),
    "normal3": rs.normal(0.5, 2.0, 3).tolist(),
    "randn1": rs.randn(1).tolist(),
}
a = np.arange(8)
rs.shuffle(a)
golden["interleaved"]["shuffle8"] = a.tolist()
golden["interleaved"]["normalMillion"] = chunked_sha(rs.normal(-1.0, 3.0, (1 << 20) + 1))
golden["interleaved"]["randMillion"] = chunked_sha(rs.rand((1 << 20) + 3))
golden["interleaved"]["randnAfter"] = rs.randn(3).tolist()

# The notebook's He initialization (np.random.seed(3); randn(10, 2) * sqrt(2 / 2), then the next layers).
rs = np.random.RandomState(3)
golden["notebookHe"] = [
    (rs.randn(10, 2) * np.sqrt(2 / 2)).ravel().tolist(),
    (rs.randn(5, 10) * np.sqrt(2 / 10)).ravel().tolist(),
    (rs.randn(1, 5) * np.sqrt(2 / 5)).ravel().tolist(),
]

# glibc's log on inputs that JavaScript can rebuild from RandomState(7).rand exactly:
# wide range x = u·2^e, near one x = 1 + (u − ½)/8, and (0, 1) itself.
rs = np.random.RandomState(7)
n = 1 << 20
u = rs.rand(n)
e = np.floor(rs.rand(n) * 2097) - 1074            # exponents −1074 … 1022
wide = [float(ui) * 2.0 ** int(ei) for ui, ei in zip(u, e)]
near = (1.0 + (rs.rand(n) - 0.5) / 8).tolist()
unit = rs.rand(n).tolist()
logs = {}
for name, xs in (("wide", wide), ("nearOne", near), ("unit", unit)):
    ys = [math.log(x) if x > 0 else float("-inf") for x in xs]
    logs[name] = {"first": ys[:8], "sha256": chunked_sha(ys)}
golden["log"] = {"seed": 7, "n": n, "chunk": CHUNK, **logs}

# Inputs where glibc's log is not correctly rounded: the cases that matter most.
getcontext().prec = 50
hard = []
for x in unit + near:
    if x > 0 and float(Decimal(x).ln()) != math.log(x):
        hard.append([x, math.log(x)])
    if len(hard) >= 300:
        break
golden["log"]["notCorrectlyRounded"] = hard

with open(OUT, "w") as f:
    json.dump(golden, f, indent=1)
print(f"wrote {OUT}")
