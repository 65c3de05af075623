"""An independent Python implementation of @nninit/rng's Philox stream (layout version 1):
Philox4x32-10 with Python integers, the uniform conversion, the 1024-layer ziggurat with the
wedge and tail tests, and raw words. Writes test/data/philox-golden.json, which the TypeScript
tests must reproduce bit for bit. Python's math.log is glibc's log, as in the TypeScript code.

Run: python3 packages/rng/scripts/philox_reference.py
"""
import json
import math
import os

from ziggurat_tables import tables, R

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "data", "philox-golden.json")
M0, M1, W0, W1 = 0xD2511F53, 0xCD9E8D57, 0x9E3779B9, 0xBB67AE85
MASK = 0xFFFFFFFF
UNIFORM, NORMAL, RAW = 0, 1, 2
X, F = tables()


def philox(ctr, key):
    c0, c1, c2, c3 = ctr
    k0, k1 = key
    for _ in range(10):
        p0, p1 = M0 * c0, M1 * c2
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0) & MASK, p1 & MASK, ((p0 >> 32) ^ c3 ^ k1) & MASK, p0 & MASK
        k0, k1 = (k0 + W0) & MASK, (k1 + W1) & MASK
    return [c0, c1, c2, c3]


def seed_to_key(seed):
    s = seed % (1 << 64)
    return [s & MASK, s >> 32]


def draw(key, domain, i, d):
    block = i // 2
    w = philox([block & MASK, block >> 32, d, domain], key)
    h = 2 * (i % 2)
    return w[h], w[h + 1]


def uniform53(a, b):
    return ((a >> 5) * 67108864 + (b >> 6)) / 9007199254740992.0


def open_uniform(a, b):
    return 1.0 - uniform53(a, b)


def normal(key, i):
    d = 0
    a, b = draw(key, NORMAL, i, d)
    while True:
        layer = a & 0x3FF
        u = ((a >> 11) * 4294967296 + b) * 2.0 ** -53
        x = u * X[layer]
        neg = (a >> 10) & 1
        if x < X[layer + 1]:
            return -x if neg else x
        if layer == 0:
            while True:
                d += 1
                xt = -math.log(open_uniform(*draw(key, NORMAL, i, d))) / R
                d += 1
                yt = -math.log(open_uniform(*draw(key, NORMAL, i, d)))
                if 2 * yt > xt * xt:
                    return -(R + xt) if neg else R + xt
        d += 1
        y = F[layer] + open_uniform(*draw(key, NORMAL, i, d)) * (F[layer + 1] - F[layer])
        if math.log(y) < -0.5 * x * x:
            return -x if neg else x
        d += 1
        a, b = draw(key, NORMAL, i, d)


def raw(key, j):
    return philox([(j // 4) & MASK, (j // 4) >> 32, 0, RAW], key)[j % 4]


cases = []
for seed, start in [(0, 0), (1, 0), (-1, 0), (42, 1), (2**53 - 1, 0), (-(2**53 - 1), 7), (7, 2**33 - 3)]:
    key = seed_to_key(seed)
    n = 64
    cases.append({
        "seed": seed,
        "start": start,
        "key": key,
        "uniform64": [uniform53(*draw(key, UNIFORM, start + i, 0)) for i in range(n)],
        "uniform32": [(draw(key, UNIFORM, start + i, 0)[0] >> 8) * 2.0 ** -24 for i in range(n)],
        "normal": [normal(key, start + i) for i in range(n)],
        "raw": [raw(key, start + j) for j in range(n)],
    })

# Slow paths of the ziggurat (wedges and the tail) are rare: find elements that take them.
key = seed_to_key(2024)
slow = []
for i in range(400000):
    a, b = draw(key, NORMAL, i, 0)
    layer = a & 0x3FF
    if ((a >> 11) * 4294967296 + b) * 2.0 ** -53 * X[layer] >= X[layer + 1]:
        slow.append([i, normal(key, i), layer == 0])
golden = {"layoutVersion": 1, "cases": cases, "slowPath": {"seed": 2024, "elements": slow}}
with open(OUT, "w") as f:
    json.dump(golden, f, indent=1)
print(f"wrote {OUT}: {len(slow)} slow-path elements, {sum(1 for s in slow if s[2])} in the tail")
