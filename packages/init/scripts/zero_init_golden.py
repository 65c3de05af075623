"""Golden ZerO matrices (Zhao, Schafer & Anandkumar 2022, Algorithm 1) as the authors' code builds
them (jiaweizzhao/ZerO-initialization, example_mnist.ipynb), with scipy's Sylvester Hadamard
matrix. Run from packages/init: `python3 scripts/zero_init_golden.py` writes
test/data/zero-init-golden.json.

For a torch-layout weight (m = out, n = in):
- m <= n: torch.eye(m, n), a partial identity;
- m > n: p = 2**ceil(log2(m)), W = I_{m x p} H_p I_{p x n} / sqrt(p), the top-left m x n block of
  scipy.linalg.hadamard(p) scaled by 1/sqrt(p).
Conv kernels [out, in, *k] (Algorithm 2 as the authors explained it in their repository's
questions, not in the paper's text; unverified): zero everywhere except
the spatial centre k // 2, which holds the linear matrix over (out, in).
"""
import json
import math
import os

import numpy as np
import scipy
import scipy.linalg


def zero_linear(m, n):
    if m <= n:
        return np.eye(m, n)
    p = 2 ** math.ceil(math.log2(m))
    return np.eye(m, p) @ scipy.linalg.hadamard(p) @ np.eye(p, n) / np.sqrt(p)


def zero_conv(shape):
    out = np.zeros(shape)
    centre = tuple(k // 2 for k in shape[2:])
    out[(slice(None), slice(None)) + centre] = zero_linear(shape[0], shape[1])
    return out


SHAPES = [[1, 1], [2, 3], [3, 3], [3, 2], [4, 2], [5, 3], [7, 7], [8, 3], [9, 4], [6, 1], [16, 5],
          [3, 2, 3], [4, 4, 2, 2], [5, 2, 3, 3], [2, 3, 1, 3, 2]]

rows = []
for shape in SHAPES:
    w = zero_linear(*shape) if len(shape) == 2 else zero_conv(shape)
    rows.append({"shape": shape, "float64": w.reshape(-1).tolist()})

out = os.path.join(os.path.dirname(__file__), "..", "test", "data", "zero-init-golden.json")
with open(out, "w") as f:
    json.dump({"numpy": np.__version__, "scipy": scipy.__version__, "zero_init": rows}, f)
    f.write("\n")
