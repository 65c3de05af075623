"""Writes test/data/log1p.json: numpy's log1p (on AVX-512 machines numpy's own SIMD
code, which can differ from the C library's in the last bit) at 3,000 points, for the
accuracy test of the fdlibm log1p port (src/internal/log1p.ts): x in (0, 1] (the range binary
cross-entropy uses, log1p(exp(-|t|))), x in (-1, 1), tiny and huge x. Values are written with
float.hex so no decimal rounding enters."""
import json
import os

import numpy as np

rs = np.random.RandomState(20261205)
xs = np.concatenate([
    rs.uniform(0, 1, 1000),
    rs.uniform(-1, 1, 1000),
    np.exp(-rs.uniform(0, 700, 500)),
    np.exp(rs.uniform(0, 700, 500)),
])
out = {"x": [float(x).hex() for x in xs], "log1p": [float(v).hex() for v in np.log1p(xs)]}
path = os.path.join(os.path.dirname(__file__), "..", "test", "data", "log1p.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
