"""Writes test/data/tanh.json: numpy's tanh (on AVX-512 machines numpy's own SIMD
code, which can differ from the C library's in the last bit) at 3,000 points, for the accuracy
test of the fdlibm tanh port (src/internal/tanh.ts): x in [-4, 4] (pre-activations), [-30, 30]
(both saturations) and tiny x. Values are written with float.hex."""
import json
import os

import numpy as np

rs = np.random.RandomState(20261207)
xs = np.concatenate([rs.uniform(-4, 4, 1500), rs.uniform(-30, 30, 1000), rs.uniform(-1e-6, 1e-6, 500)])
out = {"x": [float(x).hex() for x in xs], "tanh": [float(v).hex() for v in np.tanh(xs)]}
path = os.path.join(os.path.dirname(__file__), "..", "test", "data", "tanh.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
