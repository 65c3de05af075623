"""numpy anchor for bench/src/matmul.bench.ts.

Usage: matmul.py '<json list of [m, k, n, dtype, repeats_per_timing]>'
Prints JSON: [{"m", "k", "n", "dtype", "seconds"}], seconds = best per-call time of
np.matmul(a, b, out=c) over 15 timings of `repeats` calls each (5 when 2mkn > 1e8), after one
warm-up timing: the same protocol as the TypeScript side.
runPython sets OPENBLAS/OMP/MKL threads to 1, so this is one core, like the TypeScript side.
"""
import json
import sys
import timeit

import numpy as np

cases = json.loads(sys.argv[1])
rng = np.random.default_rng(0)
results = []
for m, k, n, dtype, repeats in cases:
    a = rng.standard_normal((m, k)).astype(dtype)
    b = rng.standard_normal((k, n)).astype(dtype)
    c = np.empty((m, n), dtype=dtype)
    call = lambda: np.matmul(a, b, out=c)
    timeit.timeit(call, number=repeats)
    timings = 5 if 2 * m * k * n > 1e8 else 15
    best = min(timeit.repeat(call, number=repeats, repeat=timings)) / repeats
    results.append({"m": m, "k": k, "n": n, "dtype": dtype, "seconds": best})
json.dump(results, sys.stdout)
