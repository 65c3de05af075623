"""numpy anchors for bench/src/rng.bench.ts: best-of-R seconds to fill n values, one thread.
Prints JSON {case: seconds}. Usage: python3 rng.py N R"""
import json
import sys

import numpy as np

from timing import best

n = int(sys.argv[1])
repeats = int(sys.argv[2])

g = np.random.default_rng(1)
print(json.dumps({
    "normal float32": best(lambda: g.standard_normal(n, dtype=np.float32), repeats),
    "normal float64": best(lambda: g.standard_normal(n, dtype=np.float64), repeats),
    "uniform float32": best(lambda: g.random(n, dtype=np.float32), repeats),
    "uniform float64": best(lambda: g.random(n, dtype=np.float64), repeats),
    "numpy": np.__version__,
}))
