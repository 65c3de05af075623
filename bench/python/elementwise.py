"""numpy anchor for bench/src/elementwise.bench.ts.

Usage: elementwise.py '<json list of [op, rows, cols, dtype, repeats_per_timing]>'
Prints JSON: [{"op", "rows", "cols", "dtype", "seconds"}], seconds = best per-call time over 15
timings of `repeats` calls each, after one warm-up timing: the TypeScript side's protocol.
Every call writes into a preallocated `out`, as the TypeScript side does, so neither side
allocates: add and mul are np.add / np.multiply of two [rows, cols] arrays, relu is
np.maximum(x, 0), sigmoid is scipy.special.expit, numpy's one-pass logistic ufunc.
"""
import json
import sys
import timeit

import numpy as np
from scipy.special import expit

cases = json.loads(sys.argv[1])
rng = np.random.default_rng(0)
results = []
for op, rows, cols, dtype, repeats in cases:
    a = rng.standard_normal((rows, cols)).astype(dtype)
    b = rng.standard_normal((rows, cols)).astype(dtype)
    c = np.empty((rows, cols), dtype=dtype)
    call = {
        "add": lambda: np.add(a, b, out=c),
        "mul": lambda: np.multiply(a, b, out=c),
        "relu": lambda: np.maximum(a, 0, out=c),
        "sigmoid": lambda: expit(a, out=c),
    }[op]
    timeit.timeit(call, number=repeats)
    best = min(timeit.repeat(call, number=repeats, repeat=15)) / repeats
    results.append({"op": op, "rows": rows, "cols": cols, "dtype": dtype, "seconds": best})
json.dump(results, sys.stdout)
