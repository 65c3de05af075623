"""Writes test/data/svd.json: matrices and their singular values from numpy.linalg.svd (LAPACK
gesdd), the reference for the one-sided Jacobi SVD behind jacobianSingularValues.

Matrices: the 6x6 Hilbert matrix (condition number 1.5e7), a 4x7 and a 7x4 Gaussian matrix
(numpy.random.RandomState(0)), and the 7x4 one with its columns scaled by 1, 1e-3, 1e-6, 1e-9
(singular values spread over nine decades).

Run: python3 packages/train/scripts/svd_golden.py
"""
import json
import os

import numpy as np

rs = np.random.RandomState(0)
hilbert = np.array([[1.0 / (i + j + 1) for j in range(6)] for i in range(6)])
wide = rs.randn(4, 7)
tall = rs.randn(7, 4)
scaled = tall * np.array([1.0, 1e-3, 1e-6, 1e-9])
cases = []
for name, m in [("hilbert 6x6", hilbert), ("gaussian 4x7", wide), ("gaussian 7x4", tall), ("scaled 7x4", scaled)]:
    cases.append(
        {
            "name": name,
            "rows": m.shape[0],
            "cols": m.shape[1],
            "data": [float(v) for v in m.ravel()],
            "singularValues": [float(v) for v in np.linalg.svd(m, compute_uv=False)],
        }
    )
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "data", "svd.json")
with open(out, "w") as f:
    json.dump(cases, f, indent=2)
    f.write("\n")
