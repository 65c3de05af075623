"""Golden vectors for @nninit/verify, from independent references.

Run from packages/verify: `python3 scripts/golden.py` (needs numpy, scipy and mpmath; CI never
runs it, the generated JSON under test/data/ is committed). Every value is written with Python's
repr, so the tests read back exactly the float64 the reference produced.

- ks.json       scipy.stats.kstwo.sf and ksone.sf on a grid of (n, d): p-value targets from
                1 down to 1e-12 (d = isf(p)), the algorithm switch points of Simard & L'Ecuyer
                (nd = 1, n d^2 = 0.754693, 2.2, 4, n d^1.5 = 1.4, d = 0.5, nd = n - 1) and
                seeded random d.
- gamma.json    regularized incomplete gamma P(a, x), Q(a, x) at 60 digits with mpmath, for a
                from 0.5 to 5e6 (chi-square df up to 1e7) and x around a +- k sqrt(a).
- normal.json   standard normal cdf and quantile at 60 digits with mpmath.
- truncnorm.json  truncated normal mean, variance, excess kurtosis, cdf, pdf, quantile (mpmath).
- kstest.json   seeded numpy samples with scipy.stats.kstest results (all alternatives).
- variance.json seeded numpy samples with chi-square variance p-values from scipy.stats.chi2.
"""
import json
import math
import os

import mpmath
import numpy as np
from scipy import stats

mpmath.mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'data')


def dump(name, payload):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(payload, f, separators=(',', ':'))
        f.write('\n')


def ks_table():
    ns = [1, 2, 3, 4, 5, 7, 10, 13, 20, 30, 50, 75, 100, 139, 140, 141, 200, 500, 1000, 2000,
          5000, 10000, 30000, 99999, 100000, 100001, 300000, 1000000]
    targets = [0.999, 0.99, 0.9, 0.7, 0.5, 0.3, 0.1, 0.05, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7,
               1e-8, 1e-9, 1e-10, 1e-11, 1e-12]
    rng = np.random.default_rng(20240229)
    kstwo, ksone = [], []
    for n in ns:
        ds = set()
        for p in targets:
            # kstwo.isf is fast; ksone.isf is a slow generic inversion for large n, and the
            # same d grid already spans the one-sided p-values (about half the two-sided ones).
            ds.add(float(stats.kstwo.isf(p, n)))
        switch = [0.5 / n, 0.75 / n, 1.0 / n, 1.5 / n, 0.5, 0.75, 1 - 1.0 / n, 1 - 0.5 / n,
                  math.sqrt(0.754693 / n), math.sqrt(2.2 / n), math.sqrt(4.0 / n),
                  (1.4 / n) ** (2 / 3), 0.0, 1.0]
        for d in switch:
            if 0.0 <= d <= 1.0:
                ds.add(float(d))
        hi = min(1.0, 8.0 / math.sqrt(n))
        for d in rng.uniform(0.5 / n, hi, 6 if n < 100000 else 2):
            ds.add(float(d))
        for d in sorted(ds):
            if not 0.0 <= d <= 1.0:
                continue
            two = float(stats.kstwo.sf(d, n))
            one = float(stats.ksone.sf(d, n))
            if two >= 1e-14 or two == 0.0:
                kstwo.append([n, d, two])
            if one >= 1e-14 or one == 0.0:
                ksone.append([n, d, one])
    dump('ks.json', {'kstwo': kstwo, 'ksone': ksone})
    return len(kstwo), len(ksone)


def gamma_mp(a, x):
    """P(a, x), Q(a, x) at 60 digits: mpmath's gammainc, or where its hypergeometric series
    gives up (a >= 1e6 near the bulk) the textbook series for P (x < a) or Legendre's continued
    fraction for Q (x >= a), evaluated in 60-digit arithmetic, the other as the complement."""
    try:
        p = mpmath.gammainc(a, 0, x, regularized=True)
        q = mpmath.gammainc(a, x, mpmath.inf, regularized=True)
        return p, q
    except mpmath.libmp.libhyper.NoConvergence:
        pass
    a, x = mpmath.mpf(a), mpmath.mpf(x)
    log_prefactor = a * mpmath.log(x) - x - mpmath.loggamma(a)
    eps = mpmath.mpf(10) ** -50
    if x < a:
        term = total = 1 / a
        k = 0
        while term > eps * total:
            k += 1
            term *= x / (a + k)
            total += term
        p = mpmath.exp(log_prefactor) * total
        return p, 1 - p
    tiny = mpmath.mpf(10) ** -300
    b = x + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    i = 0
    while True:
        i += 1
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < eps:
            break
    q = mpmath.exp(log_prefactor) * h
    return 1 - q, q


def gamma_table():
    rows = []
    for a in [0.5, 1.0, 1.5, 2.5, 5.0, 10.0, 12.5, 50.0, 100.0, 1000.0, 1e4, 1e5, 5e5, 1e6, 5e6]:
        xs = {a}
        for k in [-9, -6, -4, -2, -1, -0.3, -0.05, 0.05, 0.3, 1, 2, 4, 6, 9]:
            x = a + k * math.sqrt(a)
            if x > 0:
                xs.add(x)
        for x in [1e-3, 0.1, 0.5, 2.0, 30.0, 200.0]:
            xs.add(x)
        for x in sorted(xs):
            p, q = gamma_mp(a, x)
            pf, qf = float(p), float(q)
            if max(pf, qf) > 0 and min(pf, qf) > 1e-300:
                rows.append([a, x, pf, qf])
    dump('gamma.json', rows)
    return len(rows)


def normal_table():
    cdf = []
    for x in np.concatenate([np.linspace(-38, 9, 189), [-0.6744897501960817, 0.6744897501960817,
                                                          -5.656854249492381, 5.656854249492381,
                                                          1e-300, -1e-10, 1e-10]]):
        x = float(x)
        v = float(mpmath.ncdf(x))
        if v > 0:
            cdf.append([x, v])
    quantile = []
    ps = [10.0 ** -k for k in range(1, 300, 7)] + [0.025, 0.075, 0.2, 0.3, 0.45, 0.5]
    ps += [1 - 1e-3, 1 - 1e-6, 1 - 1e-10, 0.925, 0.97, 0.6]
    for p in ps:
        with mpmath.workdps(400):  # 2p - 1 must keep p's digits even for p = 1e-295
            x = mpmath.sqrt(2) * mpmath.erfinv(2 * mpmath.mpf(p) - 1)
        quantile.append([p, float(x)])
    dump('normal.json', {'cdf': cdf, 'quantile': quantile})
    return len(cdf), len(quantile)


def truncnorm_table():
    """Truncated normal at 60 digits with mpmath (scipy.stats.truncnorm's moments lose up to
    2e-7 in the kurtosis for intervals deep in a tail, e.g. [8, 9]): moments by quadrature,
    cdf and pdf in closed form, quantiles by inverting the closed-form cdf."""
    rows = []
    for mean, std, low, high in [(0.0, 1.0, -2.0, 2.0), (0.0, 0.5, -1.0, 1.0), (1.0, 2.0, -1.0, 7.0),
                                 (0.0, 1.0, 0.0, math.inf), (0.0, 1.0, -math.inf, -1.0),
                                 (0.0, 1.0, 3.0, 6.0), (0.0, 1.0, -6.0, -4.0), (2.0, 0.1, 1.9, 2.3),
                                 (0.0, 1.0, -0.5, 0.5), (0.0, 1.0, 8.0, 9.0)]:
        a = (mpmath.mpf(low) - mean) / std if math.isfinite(low) else -mpmath.inf
        b = (mpmath.mpf(high) - mean) / std if math.isfinite(high) else mpmath.inf
        Z = mpmath.ncdf(b) - mpmath.ncdf(a)
        m = mpmath.quad(lambda z: z * mpmath.npdf(z), [a, b]) / Z
        v = mpmath.quad(lambda z: (z - m) ** 2 * mpmath.npdf(z), [a, b]) / Z
        k = mpmath.quad(lambda z: (z - m) ** 4 * mpmath.npdf(z), [a, b]) / Z / v ** 2 - 3
        lo = low if math.isfinite(low) else mean - 8 * std
        hi = high if math.isfinite(high) else mean + 8 * std
        xs = [float(x) for x in np.linspace(lo, hi, 9)]
        cdf, pdf = [], []
        for x in xs:
            z = (mpmath.mpf(x) - mean) / std
            zc = min(max(z, a), b)
            cdf.append([x, float((mpmath.ncdf(zc) - mpmath.ncdf(a)) / Z)])
            pdf.append([x, float(mpmath.npdf(z) / (std * Z)) if a <= z <= b else 0.0])
        quantile = []
        for q in [0.001, 0.1, 0.5, 0.9, 0.999]:
            target = mpmath.ncdf(a) + mpmath.mpf(q) * Z
            z = mpmath.sqrt(2) * mpmath.erfinv(2 * target - 1)
            quantile.append([q, float(mean + std * z)])
        rows.append({'mean': mean, 'std': std, 'low': low if math.isfinite(low) else None,
                     'high': high if math.isfinite(high) else None,
                     'moments': [float(mean + std * m), float(std ** 2 * v), float(k)],
                     'cdf': cdf, 'pdf': pdf, 'quantile': quantile})
    dump('truncnorm.json', rows)
    return len(rows)


def kstest_table():
    rng = np.random.default_rng(7)
    cases = []
    for n, loc, scale, true_scale in [(1, 0.0, 1.0, 1.0), (5, 0.0, 1.0, 1.0), (20, 0.5, 2.0, 2.0),
                                      (100, 0.0, 1.0, 1.3), (1000, 0.0, 0.1, 0.1),
                                      (3000, 0.0, 1.0, 1.05)]:
        x = rng.normal(loc, true_scale, n)
        entry = {'samples': [float(v) for v in x], 'loc': loc, 'scale': scale, 'results': {}}
        for alt in ['two-sided', 'less', 'greater']:
            r = stats.kstest(x, 'norm', args=(loc, scale), alternative=alt)
            entry['results'][alt] = [float(r.statistic), float(r.pvalue)]
        cases.append(entry)
    dump('kstest.json', cases)
    return len(cases)


def variance_table():
    rng = np.random.default_rng(11)
    cases = []
    for n, sigma, true_sigma in [(1, 1.0, 1.0), (2, 1.0, 1.0), (10, 2.0, 2.0), (500, 1.0, 1.1),
                                 (3000, 0.3, 0.3), (4000, 1.0, 0.97)]:
        x = rng.normal(0.0, true_sigma, n)
        known = float(np.sum(x ** 2) / sigma ** 2)
        entry = {'samples': [float(v) for v in x], 'variance': sigma ** 2,
                 'known': [known, float(stats.chi2.cdf(known, n)), float(stats.chi2.sf(known, n))]}
        if n >= 2:
            est = float(np.sum((x - x.mean()) ** 2) / sigma ** 2)
            entry['estimated'] = [est, float(stats.chi2.cdf(est, n - 1)), float(stats.chi2.sf(est, n - 1))]
        cases.append(entry)
    dump('variance.json', cases)
    return len(cases)


if __name__ == '__main__':
    print('ks', ks_table())
    print('gamma', gamma_table())
    print('normal', normal_table())
    print('truncnorm', truncnorm_table())
    print('kstest', kstest_table())
    print('variance', variance_table())
