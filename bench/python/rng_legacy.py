"""numpy anchors for the legacy RandomState rows of bench/src/rng.bench.ts: best-of-R CPU seconds
(time.process_time) of randn, normal(0.5, 2) and rand of n values, and of allocating and writing
n doubles, each with numpy's default transparent-huge-page advice for large arrays (madvise
MADV_HUGEPAGE) and without it. Prints JSON {case: seconds}. Usage: python3 rng_legacy.py N R"""
import json
import sys

import numpy as np

from timing import best_cpu

n = int(sys.argv[1])
repeats = int(sys.argv[2])
# numpy asks the kernel for huge pages on every large array (numpy >= 1.21, on Linux); V8 has no
# such switch, so both settings are reported.
set_hugepage = np._core.multiarray._set_madvise_hugepage

cases = {
    "randn": lambda rs: rs.randn(n),
    "normal": lambda rs: rs.normal(0.5, 2.0, n),
    "rand": lambda rs: rs.rand(n),
    "allocate": lambda rs: np.empty(n).fill(1.0),
}
result = {"numpy": np.__version__}
for hugepage in (True, False):
    set_hugepage(hugepage)
    for name, draw in cases.items():
        result[f"{name} {'hugepage' if hugepage else '4k'}"] = best_cpu(
            lambda: draw(np.random.RandomState(1)), repeats)
set_hugepage(True)
print(json.dumps(result))
