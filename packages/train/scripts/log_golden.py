"""Writes test/data/log.json: the C library's log (Python's math.log, glibc's `__log`) at 3,000
points, for the accuracy test of the fdlibm log port (src/internal/log.ts): x in [1, 16] (the
softmax cost takes log of a sum of exponentials, each at most 1, one of them exactly 1), x near 1,
the whole positive range, and subnormal x. Values are written with float.hex so no decimal
rounding enters. math.log, not numpy.log: numpy's vectorized log may take its own SIMD path."""
import json
import math
import os

import numpy as np

rs = np.random.RandomState(20261207)
xs = np.concatenate([
    rs.uniform(1, 16, 1200),
    1 + rs.uniform(-1e-5, 1e-5, 400),
    np.exp(rs.uniform(-700, 700, 1200)),
    rs.uniform(0, 2.2e-308, 200),
])
out = {"x": [float(x).hex() for x in xs], "log": [math.log(float(x)).hex() for x in xs]}
path = os.path.join(os.path.dirname(__file__), "..", "test", "data", "log.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
