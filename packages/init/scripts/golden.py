"""Golden vectors for @nninit/init's tests, from numpy's legacy RandomState (and scipy for one
constant). Run from packages/init: `python3 scripts/golden.py` writes test/data/numpy-golden.json.

Every recipe below is the reference implementation the test compares against:
- the deeplearning.ai "Initialization" notebook's initialize_parameters_random / _he,
  layer after layer from one np.random.seed(3) stream;
- PyTorch's orthogonal_ (randn, transpose if wide, np.linalg.qr, multiply by sign(diag(R)));
- RandomState.uniform / normal for he_uniform and normal with a mean.
"""
import json
import os

import numpy as np

LAYERS = [2, 10, 5, 1]  # the notebook's layers_dims for its 2-feature dataset


def notebook(seed, scale_of_fan_in):
    np.random.seed(seed)
    out = []
    for l in range(1, len(LAYERS)):
        w = np.random.randn(LAYERS[l], LAYERS[l - 1]) * scale_of_fan_in(LAYERS[l - 1])
        out.append({"shape": [LAYERS[l], LAYERS[l - 1]], "float64": w.ravel().tolist(),
                    "float32": w.astype(np.float32).ravel().tolist()})
    return out


def torch_orthogonal(rng, shape, gain):
    rows = shape[0]
    cols = int(np.prod(shape)) // rows
    a = rng.randn(rows, cols)
    if rows < cols:
        a = a.T
    q, r = np.linalg.qr(a)
    q = q * np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return (q * gain).reshape(shape)


def main():
    data = {}
    data["he_notebook"] = notebook(3, lambda fan: np.sqrt(2.0 / fan))
    data["random_notebook"] = notebook(3, lambda fan: 10)
    data["random_default"] = notebook(3, lambda fan: 0.01)

    rs = np.random.RandomState(5)
    he_uniform = []
    for shape in ([4, 3], [6, 2, 3, 3]):
        fan_in = int(np.prod(shape[1:]))
        limit = np.sqrt(3 * (2.0 / fan_in))
        he_uniform.append({"shape": shape, "float64": rs.uniform(-limit, limit, shape).ravel().tolist()})
    data["he_uniform_seed5"] = he_uniform

    rs = np.random.RandomState(11)
    data["normal_seed11"] = {"shape": [3, 4], "mean": 0.5, "std": 2.0,
                             "float64": rs.normal(0.5, 2.0, (3, 4)).ravel().tolist()}

    rs = np.random.RandomState(7)
    ortho = []
    for shape, gain in (([5, 3], 1.0), ([3, 5], 1.0), ([4, 4], 2.0), ([6, 2, 2, 2], 1.0), ([8, 2, 2], 0.5), ([1, 6], 1.0)):
        ortho.append({"shape": shape, "gain": gain, "float64": torch_orthogonal(rs, shape, gain).ravel().tolist()})
    data["orthogonal_seed7"] = ortho

    # JAX's delta_orthogonal in the [out, in, k...] layout: the centre slice is orthogonal([out, in]).
    rs = np.random.RandomState(9)
    shape = [4, 3, 3, 3]
    w = np.zeros(shape)
    w[:, :, 1, 1] = torch_orthogonal(rs, shape[:2], 1.0)
    data["delta_orthogonal_seed9"] = {"shape": shape, "float64": w.ravel().tolist()}

    try:
        from scipy import stats
        data["truncnorm_2"] = {"std": float(stats.truncnorm(-2, 2).std()), "var": float(stats.truncnorm(-2, 2).var()),
                               "source": "scipy.stats.truncnorm(-2, 2)"}
    except ImportError:  # CI has no scipy; the committed JSON keeps the values
        pass

    path = os.path.join(os.path.dirname(__file__), "..", "test", "data", "numpy-golden.json")
    with open(path, "w") as f:
        json.dump({"numpy": np.__version__, **data}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
