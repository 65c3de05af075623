"""Weight files that numpy writes, for the tests of `nninit verify`: correct samples of He,
Glorot, uniform, PyTorch's default Linear layer and Keras's HeNormal, and the power canaries the
command must reject.

Usage: python3 packages/cli/scripts/samples.py OUTDIR [--large]   (the tests run it into a
temporary directory; nothing is committed). --large writes only the large bfloat16 file below. Needs numpy (checked with 2.4). Seeds are fixed, so the files
are the same on every run with the same numpy.

Every weight is a torch.nn.Linear(256, 128)-shaped matrix, (out, in) = (128, 256), 32768
elements, fan_in = 256 and fan_out = 128, unless noted. The formulas are the frameworks'
documented ones, written out here from their sources, independently of nninit:

Correct samples (each must pass):
- he_normal.npy: N(0, 2/fan_in), torch.nn.init.kaiming_normal_(w, nonlinearity='relu').
- glorot_uniform.npy: U(+-sqrt(6/(fan_in + fan_out))), torch.nn.init.xavier_uniform_.
- uniform.npy (float64): U(-0.1, 0.1), torch.nn.init.uniform_(w, -0.1, 0.1).
- torch_linear.npz: np.savez of {weight, bias} as torch.nn.Linear(256, 128).reset_parameters
  draws them (torch/nn/modules/linear.py): weight kaiming_uniform_(a=sqrt(5)), which is
  U(+-1/sqrt(fan_in)), and bias U(+-1/sqrt(fan_in)).
- keras_he_normal.safetensors: a Keras kernel (in, out) = (256, 128) drawn as
  keras.initializers.HeNormal does: VarianceScaling(2, 'fan_in', 'truncated_normal'), i.e.
  N(0, s^2) cut at +-2s with s = sqrt(2/fan_in)/0.87962566103423978 (the std of a standard
  normal truncated to [-2, 2]), written by hand per the safetensors format (8-byte little-endian
  header length, JSON header, raw little-endian data), as the safetensors package is not in CI.

- f16_he_normal.npy: he_normal.npy's distribution, drawn in float64 and saved as float16
  (astype: round to nearest even).
- bf16_he_normal_large.safetensors (--large only): a (4096, 2048) he_normal weight, 8388608
  elements, rounded to nearest even from float32 to bfloat16 (numpy has no bfloat16: the top 16
  bits of the float32 after adding 0x7FFF plus the lowest kept bit), stored as BF16. Large
  enough that a plain KS test rejects the rounding itself.

Power canaries (each must fail):
- canary_std_5pct.npy: N(0, (1.05 sqrt(2/fan_in))^2): a std 5 % too large, declared he_normal.
- canary_fan_out.npy: N(0, 2/fan_out): fan_in and fan_out swapped, declared he_normal.
- canary_truncated_uncorrected.safetensors: Keras layout, N(0, s^2) cut at +-2s with
  s = sqrt(2/fan_in), without the 0.8796 correction, declared HeNormal.
- canary_uniform_for_normal.npy: U(+-sqrt(3 * 2/fan_in)), the He variance but uniform,
  declared he_normal.
- canary_bf16_fan_out.safetensors: canary_fan_out's distribution as bfloat16.
"""
import json
import os
import struct
import sys

import numpy as np

OUT, IN = 128, 256
TRUNCATED_STD = 0.87962566103423978  # std of N(0, 1) conditioned on [-2, 2]


def truncated(rng, std, shape):
    """N(0, std^2) conditioned on [-2 std, 2 std], by rejection."""
    out = np.empty(int(np.prod(shape)))
    filled = 0
    while filled < out.size:
        z = rng.standard_normal(out.size)
        z = z[np.abs(z) <= 2]
        take = min(z.size, out.size - filled)
        out[filled:filled + take] = z[:take]
        filled += take
    return (out * std).reshape(shape)


def bfloat16_bits(array):
    """The bfloat16 nearest to each float32 (ties to even), as uint16 bit patterns."""
    bits = np.ascontiguousarray(array, dtype='<f4').view('<u4').astype(np.uint64)
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype('<u2')


def save_safetensors(path, name, array, dtype='F32'):
    if dtype == 'BF16':
        data = bfloat16_bits(array).tobytes()
    else:
        data = np.ascontiguousarray(array, dtype='<f4').tobytes()
    header = {name: {'dtype': dtype, 'shape': list(array.shape), 'data_offsets': [0, len(data)]}}
    text = json.dumps(header, separators=(',', ':')).encode()
    text += b' ' * (-len(text) % 8)
    with open(path, 'wb') as f:
        f.write(struct.pack('<Q', len(text)) + text + data)


def main(outdir, large):
    os.makedirs(outdir, exist_ok=True)
    path = lambda name: os.path.join(outdir, name)  # noqa: E731
    he = np.sqrt(2 / IN)
    f32 = np.float32
    if large:
        w = np.random.default_rng(21).normal(0, np.sqrt(2 / 2048), (4096, 2048)).astype(f32)
        save_safetensors(path('bf16_he_normal_large.safetensors'), 'weight', w, 'BF16')
        return

    np.save(path('he_normal.npy'), np.random.default_rng(1).normal(0, he, (OUT, IN)).astype(f32))
    g = np.sqrt(6 / (IN + OUT))
    np.save(path('glorot_uniform.npy'), np.random.default_rng(2).uniform(-g, g, (OUT, IN)).astype(f32))
    np.save(path('uniform.npy'), np.random.default_rng(3).uniform(-0.1, 0.1, (OUT, IN)))
    rng = np.random.default_rng(4)
    bound = 1 / np.sqrt(IN)
    np.savez(
        path('torch_linear.npz'),
        weight=rng.uniform(-bound, bound, (OUT, IN)).astype(f32),
        bias=rng.uniform(-bound, bound, OUT).astype(f32),
    )
    save_safetensors(
        path('keras_he_normal.safetensors'), 'dense/kernel', truncated(np.random.default_rng(5), he / TRUNCATED_STD, (IN, OUT))
    )

    np.save(path('canary_std_5pct.npy'), np.random.default_rng(11).normal(0, 1.05 * he, (OUT, IN)).astype(f32))
    np.save(path('canary_fan_out.npy'), np.random.default_rng(12).normal(0, np.sqrt(2 / OUT), (OUT, IN)).astype(f32))
    save_safetensors(
        path('canary_truncated_uncorrected.safetensors'), 'dense/kernel', truncated(np.random.default_rng(13), he, (IN, OUT))
    )
    np.save(path('f16_he_normal.npy'), np.random.default_rng(6).normal(0, he, (OUT, IN)).astype(np.float16))
    save_safetensors(
        path('canary_bf16_fan_out.safetensors'),
        'weight',
        np.random.default_rng(15).normal(0, np.sqrt(2 / OUT), (OUT, IN)).astype(f32),
        'BF16',
    )
    u = np.sqrt(3) * he
    np.save(path('canary_uniform_for_normal.npy'), np.random.default_rng(14).uniform(-u, u, (OUT, IN)).astype(f32))


if __name__ == '__main__':
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] != '--large'):
        sys.exit(__doc__)
    main(sys.argv[1], len(sys.argv) == 3)
