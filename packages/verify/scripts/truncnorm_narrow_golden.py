"""Golden values for narrow truncated normals (test/data/truncnormNarrow.json).

Run from packages/verify: `python3 scripts/truncnorm_narrow_golden.py` (needs mpmath and scipy).
For N(0, 1) truncated to a narrow [a, b] (down to a width of 1e-12, and far in a tail), the mass,
mean, variance, excess kurtosis and the cdf at a + 0.3 (b - a) come from 80-digit mpmath
quadrature on u in [0, 1] with x = a + (b - a) u and the density scaled by e^(a^2/2), so neither
the narrow width nor the underflow of phi far out costs digits; the quantile target is that x.
scipy.stats.truncnorm is written alongside for the record: on these intervals its variance is
negative or off by orders of magnitude (1.7e-2 for [5, 5 + 1e-12], true 8.3e-26).
"""
import json
import os

import mpmath as mp
from scipy import stats

mp.mp.dps = 80
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = [(8.0, 8.0 + 1e-6), (8.0, 8.001), (-20.0, -20.0 + 1e-9), (30.0, 30.0001), (5.0, 5.0 + 1e-12),
         (0.5, 0.5 + 1e-8), (-3.0, -2.9), (-40.0, -39.9999), (1e3, 1e3 + 1e-4)]


def main():
    rows = []
    for a, b in CASES:
        A, B = mp.mpf(a), mp.mpf(b)
        W = B - A

        def f(u, k, c):
            x = A + W * u
            return (x - c) ** k * mp.exp(-(x * x) / 2 + A * A / 2)

        Z = mp.quad(lambda u: f(u, 0, 0), [0, 1])
        mean = mp.quad(lambda u: f(u, 1, A), [0, 1]) / Z + A
        var = mp.quad(lambda u: f(u, 2, mean), [0, 1]) / Z
        kurt = mp.quad(lambda u: f(u, 4, mean), [0, 1]) / Z / var**2 - 3
        x = float(A + W * mp.mpf('0.3'))
        cdf = mp.quad(lambda u: f(u, 0, 0), [0, (mp.mpf(x) - A) / W]) / Z
        with_scipy = stats.truncnorm(a, b)
        rows.append({
            'low': a, 'high': b, 'mean': float(mean), 'variance': float(var), 'excessKurtosis': float(kurt),
            'x': x, 'cdf': float(cdf),
            'scipy': [float(with_scipy.mean()), float(with_scipy.var()), float(with_scipy.cdf(x))],
        })
    with open(os.path.join(HERE, '..', 'test', 'data', 'truncnormNarrow.json'), 'w') as out:
        json.dump(rows, out, separators=(',', ':'))
        out.write('\n')
    print('rows', len(rows))


if __name__ == '__main__':
    main()
