"""numpy anchor for bench/src/init.bench.ts: He-normal initialization of n float32 weights.

Usage: init.py <case> <n> <fan_in>, case one of
  expr     w = default_rng(0).standard_normal(n, dtype=float32) * s   (the textbook expression:
           it allocates a second array for the product)
  inplace  w = default_rng(0).standard_normal(n, dtype=float32); w *= s
  out      w = np.empty(n, float32), written once before the timed call (paged in, as when a
           model's weights are re-initialized); timed: rng.standard_normal(out=w, dtype=float32);
           w *= s (the steady state of repeated initialization, memory re-used)
  alloc    w = np.empty(n, float32); w.fill(1): allocation and first touch alone
  alloc-nohuge  the same with numpy's transparent-huge-page madvise switched off
           (np._core.multiarray._set_madvise_hugepage(False)): the cause of alloc's speed
with s = sqrt(2 / fan_in). One process per case, so ru_maxrss (the process's high-water mark) is
this case's. Prints JSON {"case", "n", "seconds", "peak_bytes", "var_ratio"}: wall-clock seconds
of the call, peak RSS minus the RSS before it (numpy imported, generator created), and the
variance of the first 1e6 weights over s² (1 for an untruncated normal).
runPython sets OPENBLAS/OMP/MKL threads to 1; numpy's generators are single-threaded anyway.
"""
import json
import resource
import sys
import time

import numpy as np


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def main():
    case, n, fan_in = sys.argv[1], int(float(sys.argv[2])), int(sys.argv[3])
    s = np.float32(np.sqrt(2.0 / fan_in))
    rng = np.random.default_rng(0)
    rng.standard_normal(1000, dtype=np.float32)  # warm the code path, not the memory
    if case == "alloc-nohuge":
        np._core.multiarray._set_madvise_hugepage(False)
    if case == "out":
        w = np.empty(n, dtype=np.float32)
        w.fill(0)
    before = rss_bytes()
    start = time.perf_counter()
    if case in ("alloc", "alloc-nohuge"):
        w = np.empty(n, dtype=np.float32)
        w.fill(1)
    elif case == "out":
        rng.standard_normal(out=w, dtype=np.float32)
        w *= s
    elif case == "expr":
        w = rng.standard_normal(n, dtype=np.float32) * s
    elif case == "inplace":
        w = rng.standard_normal(n, dtype=np.float32)
        w *= s
    else:
        raise SystemExit(f"init.py: case must be expr, inplace, out, alloc or alloc-nohuge, got {case!r}")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    head = w[:1_000_000].astype(np.float64)
    var_ratio = None if case.startswith("alloc") else float(head.var() / (float(s) ** 2))
    json.dump({"case": case, "n": n, "seconds": seconds, "peak_bytes": peak - before,
               "var_ratio": var_ratio}, sys.stdout)


if __name__ == "__main__":
    main()
