"""Writes test/data/exp.json: numpy's exp (on AVX-512 machines numpy's own SIMD
code, which can differ from the C library's in the last bit) at 3,000 points, for the accuracy
test of the fdlibm exp port (src/internal/exp.ts): x in [-8, 8] (activations and logits),
[-745, 709] (the whole finite range) and tiny x. Values are written with float.hex."""
import json
import os

import numpy as np

rs = np.random.RandomState(20261206)
xs = np.concatenate([rs.uniform(-8, 8, 1500), rs.uniform(-745, 709, 1000), rs.uniform(-1e-6, 1e-6, 500)])
out = {"x": [float(x).hex() for x in xs], "exp": [float(v).hex() for v in np.exp(xs)]}
path = os.path.join(os.path.dirname(__file__), "..", "test", "data", "exp.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
