"""Reference samples of every framework's default layer initialization, for the two-sample KS tests
of the layer presets (test/frameworkPresets.test.ts). Run from packages/init with a Python that has
PyTorch (Debian's python3-torch, 1.13: `/usr/bin/python3 scripts/framework_presets_golden.py`);
it writes test/data/framework-presets-golden.json. CI has no torch: the tests read the committed
file, and only this script needs torch.

Where the framework is installed here, the samples are the framework's own draws:
- torch.linear, torch.linear.bias: `torch.nn.Linear(...)`'s weight and bias as `reset_parameters`
  draws them (kaiming_uniform_(a=sqrt(5)), then U(-1/sqrt(fan_in), 1/sqrt(fan_in)));
- torch.conv, torch.conv.bias: `torch.nn.Conv2d(...)`'s, the same code path with
  fan_in = in_channels * prod(kernel_size).

JAX, Flax and Keras are not installable here (no PyPI, and Debian packages none of them). Their
samples are NOT the frameworks' draws: they are numpy draws of the formula read in the framework's
source, a second transcription that checks nninit's transcription, not the framework:
- keras.dense: keras/src/initializers/random_initializers.py VarianceScaling, glorot_uniform =
  scale 1, mode fan_avg, uniform: limit = sqrt(3 * scale / ((fan_in + fan_out) / 2));
  the Dense kernel is (input_dim, units) (keras/src/layers/core/dense.py).
- flax.dense: flax/linen/linear.py Dense kernel_init = lecun_normal(); jax/_src/nn/initializers.py
  variance_scaling(1, "fan_in", "truncated_normal"):
  truncated_normal(-2, 2) * sqrt(scale / fan_in) / .87962566103423978; kernel (in, features).
- stax.dense, stax.dense.bias: jax/example_libraries/stax.py Dense(W_init=glorot_normal(),
  b_init=normal()): variance_scaling(1, "fan_avg", "truncated_normal") over (in, out), and
  N(0, 1e-2 ** 2).
A standard normal truncated to [-2, 2] is drawn by rejection from numpy's normal draws (the
distribution jax.random.truncated_normal samples, by a different method).

Each sample is 16384 float32 values (the conv weight 18432), stored little-endian and base64-encoded.
"""
import base64
import json
import os

import numpy as np
import torch

N = 16384
TRUNCATION_CORRECTION = 0.87962566103423978  # std of N(0, 1) on [-2, 2] (jax, keras)


def encode(values):
    return base64.b64encode(np.asarray(values, dtype="<f4").tobytes()).decode("ascii")


def entry(name, source, layout, shape, values, **extra):
    values = np.asarray(values, dtype=np.float32).ravel()
    return {"name": name, "source": source, "layout": layout, "shape": list(shape), "count": int(values.size),
            **extra, "float32_le_base64": encode(values)}


def torch_entries():
    torch.manual_seed(0)
    out = []
    linear = torch.nn.Linear(256, 64)  # weight (out 64, in 256): fan_in 256
    out.append(entry("torch.linear", f"torch {torch.__version__} nn.Linear(256, 64).weight", "torch",
                     linear.weight.shape, linear.weight.detach().numpy()))
    wide = torch.nn.Linear(9, N)  # bias of 16384 with fan_in 9
    out.append(entry("torch.linear.bias", f"torch {torch.__version__} nn.Linear(9, {N}).bias", "torch",
                     wide.bias.shape, wide.bias.detach().numpy(), fanIn=9))
    conv = torch.nn.Conv2d(8, 256, 3)  # weight (256, 8, 3, 3): fan_in 72
    out.append(entry("torch.conv", f"torch {torch.__version__} nn.Conv2d(8, 256, 3).weight", "torch",
                     conv.weight.shape, conv.weight.detach().numpy()))
    biases = []
    for _ in range(N // 256):
        conv.reset_parameters()
        biases.append(conv.bias.detach().numpy().copy())
    out.append(entry("torch.conv.bias", f"torch {torch.__version__} nn.Conv2d(8, 256, 3).bias, "
                     f"{N // 256} reset_parameters()", "torch", [256], np.concatenate(biases), fanIn=72))
    return out


def truncated_standard_normal(rng, n):
    out = np.empty(0)
    while out.size < n:
        z = rng.standard_normal(2 * n)
        out = np.concatenate([out, z[np.abs(z) < 2]])
    return out[:n]


def formula_entries():
    rng = np.random.default_rng(20221)
    fan_in, fan_out = 256, 128
    shape = (fan_in, fan_out)  # Keras/JAX layout (in, out)
    limit = np.sqrt(3 / ((fan_in + fan_out) / 2))
    src = f"numpy {np.__version__} from the source formula (framework not installed)"
    return [
        entry("keras.dense", f"{src}: glorot_uniform U(+-sqrt(6/(fan_in+fan_out)))", "keras", shape,
              rng.uniform(-limit, limit, N)),
        entry("flax.dense", f"{src}: lecun_normal, truncated_normal(-2,2)*sqrt(1/fan_in)/.8796", "keras", shape,
              truncated_standard_normal(rng, N) * np.sqrt(1 / fan_in) / TRUNCATION_CORRECTION),
        entry("stax.dense", f"{src}: glorot_normal, truncated_normal(-2,2)*sqrt(1/fan_avg)/.8796", "keras", shape,
              truncated_standard_normal(rng, N) * np.sqrt(2 / (fan_in + fan_out)) / TRUNCATION_CORRECTION),
        entry("stax.dense.bias", f"{src}: normal(1e-2)", "keras", [fan_out], rng.standard_normal(N) * 1e-2,
              fanIn=fan_in),
    ]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "test", "data", "framework-presets-golden.json")
    data = {"generator": "scripts/framework_presets_golden.py", "torch": torch.__version__,
            "numpy": np.__version__, "samples": torch_entries() + formula_entries()}
    with open(path, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
