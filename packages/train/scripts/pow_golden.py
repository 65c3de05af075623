"""Writes test/data/pow.json: the C library's pow (Python's math.pow, glibc's `__pow`) at 3,000
points, for the accuracy test of the fdlibm pow port (src/internal/pow.ts): Adam's bias
corrections β^t for the decay rates people use (β ∈ {0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999},
t up to 10^6), and x^y over x in (0, 4), y in (-60, 60). Values are written with float.hex.
math.pow, not numpy.power: numpy's vectorized power may take its own SIMD path."""
import json
import math
import os

import numpy as np

rs = np.random.RandomState(20261208)
betas = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]
pairs = [(betas[i % len(betas)], float(t)) for i, t in enumerate(rs.randint(1, 10**6, 2000))]
pairs += [(float(x), float(y)) for x, y in zip(rs.uniform(0, 4, 1000), rs.uniform(-60, 60, 1000))]
out = {
    "x": [float(x).hex() for x, _ in pairs],
    "y": [float(y).hex() for _, y in pairs],
    "pow": [math.pow(x, y).hex() for x, y in pairs],
}
path = os.path.join(os.path.dirname(__file__), "..", "test", "data", "pow.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
