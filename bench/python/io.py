"""numpy anchor for bench/src/io.bench.ts.

Usage: io.py DIR '<json list of [label, dtype, n, order, repeats]>'
Prints JSON: {label: {"save": s, "load": s, "savez": s, "loadz": s, "save_file": s, "load_file": s}}, each the
best wall-clock seconds (bench/python/timing.py) of: np.save into an in-memory BytesIO; np.load from
bytes in memory; np.savez / np.load(...)[key] of one array; np.save to a file in DIR; np.load of that
file. The same arrays (shape [n], or [n/1000, 1000] for Fortran order) and the same operations as
the TypeScript side.
"""
import io
import json
import os
import sys

import numpy as np

from timing import best

out = sys.argv[1]
cases = json.loads(sys.argv[2])
rng = np.random.default_rng(0)
results = {}
for label, dtype, n, order, repeats in cases:
    shape = (n // 1000, 1000)
    a = np.asarray(rng.standard_normal(shape).astype(dtype), order=order)

    def save():
        b = io.BytesIO()
        np.save(b, a)
        return b.getvalue()

    data = save()

    def savez():
        b = io.BytesIO()
        np.savez(b, w=a)
        return b.getvalue()

    zdata = savez()
    path = os.path.join(out, f'{label.replace(" ", "_")}.npy')
    results[label] = {
        'save': best(save, repeats),
        'load': best(lambda: np.load(io.BytesIO(data)), repeats),
        'savez': best(savez, repeats),
        'loadz': best(lambda: np.load(io.BytesIO(zdata))['w'], repeats),
        'save_file': best(lambda: np.save(path, a), repeats),
        'load_file': best(lambda: np.load(path), repeats),
    }
json.dump(results, sys.stdout)
