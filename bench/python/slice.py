"""numpy anchor for bench/src/slice.bench.ts: He-normal float32 weights of shape (rows, cols),
made whole and in `parts` row chunks.

Usage: slice.py <rows> <cols> <parts>. numpy's Generator is sequential (PCG64's advance() jumps
by 2^128-step units of raw words, not by normals: a standard_normal draw may consume more than one
word), so its chunks are drawn one after the other from one generator into a preallocated array:
the cost of chunking a sequential stream, not random access. Prints JSON {"whole", "chunks"}:
the best wall-clock seconds (bench/python/timing.py) of each.
"""
import json
import sys

import numpy as np
from timing import best


def main():
    rows, cols, parts = (int(a) for a in sys.argv[1:4])
    s = np.float32(np.sqrt(2.0 / cols))
    out = np.empty((rows, cols), dtype=np.float32)

    def whole():
        w = np.random.default_rng(0).standard_normal((rows, cols), dtype=np.float32)
        w *= s
        return w

    def chunks():
        rng = np.random.default_rng(0)
        step = rows // parts
        for p in range(parts):
            block = out[p * step:(p + 1) * step]
            rng.standard_normal(block.shape, dtype=np.float32, out=block)
            block *= s

    json.dump({"whole": best(whole, 3), "chunks": best(chunks, 3)}, sys.stdout)


if __name__ == "__main__":
    main()
