"""Golden values of the regularized incomplete beta function for huge a and b (test/data/betaLarge.json).

Run from packages/verify: `python3 scripts/beta_large_golden.py` (needs mpmath). mpmath's betainc
gives up for a, b beyond ~1e5 (its hypergeometric series converges too slowly), so I_x(a, b) is
computed here in 80-digit arithmetic, on the side of the mean that gives the smaller of I and
1 - I: by the classical continued fraction (Numerical Recipes' betacf) where it converges within
3000 terms, which is everywhere but near the mean, and there by Gauss-Legendre quadrature of the
density (log-density (a - 1) ln t + (b - 1) ln(1 - t) - ln B(a, b), mpmath's loggamma being
exact for any size) from 14 standard deviations below the mean, checked by doubling the panels.
a, b and x are the float64 values the test passes, converted exactly.
"""
import json
import os

import mpmath as mp

mp.mp.dps = 80
HERE = os.path.dirname(os.path.abspath(__file__))


def fraction(a, b, x, max_terms=3000):
    """Numerical Recipes' betacf (the classical continued fraction, modified Lentz), 60+ digits."""
    tiny = mp.mpf(10) ** -300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = mp.mpf(1), 1 - qab * x / qap
    d = 1 / (tiny if abs(d) < tiny else d)
    h = d
    for m in range(1, max_terms):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)), -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + aa * d
            d = tiny if abs(d) < tiny else d
            c = 1 + aa / c
            c = tiny if abs(c) < tiny else c
            d = 1 / d
            h *= d * c
        if abs(d * c - 1) < mp.mpf(10) ** -50:
            return h
    return None


def lower_tail(a, b, x):
    """I_x(a, b) for x below the mean, or None when the fraction does not converge."""
    h = fraction(a, b, x)
    if h is None:
        return None
    log_prefactor = a * mp.log(x) + b * mp.log1p(-x) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))
    return mp.exp(log_prefactor) * h / a


def quadrature(a, b, x, panels):
    """I_x(a, b) by Gauss-Legendre on `panels` equal panels over mean - 14 sd .. x (x near the mean)."""
    log_b = mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)
    mean, sd = a / (a + b), mp.sqrt(a * b / (a + b) ** 3)
    start = mean - 14 * sd
    points = [start + (x - start) * i / panels for i in range(panels + 1)]
    return mp.quad(lambda t: mp.exp((a - 1) * mp.log(t) + (b - 1) * mp.log1p(-t) - log_b), points,
                   method='gauss-legendre')


def beta_pq(a, b, x):
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    lower = x <= a / (a + b)
    p = lower_tail(a, b, x) if lower else None
    q = None if lower else lower_tail(b, a, 1 - x)
    if p is None and q is None:
        # Near the mean, where the fraction needs O(sqrt(a)) terms: quadrature from 14 sd below
        # the mean (the mass below is under 1e-44), checked by doubling the panels.
        coarse, fine = quadrature(a, b, x, 60), quadrature(a, b, x, 120)
        assert abs(coarse - fine) < mp.mpf(10) ** -30, (a, b, x)
        p = fine
    return (p, 1 - p) if p is not None else (1 - q, q)


def main():
    rows = []
    cases = []
    # Up to 1e20, so that 80 digits hold (a - 1) ln t to 60; beyond, the tests use exact identities.
    for a, b in [(1e15, 1e15), (1e16, 3e16), (1e20, 1e20), (1e20, 7e21)]:
        n = a + b
        x0 = a / n
        sd = (x0 * (1 - x0) / n) ** 0.5
        for k in [-30, -8, -3, -1, -0.2, 0.2, 1, 3, 8, 30]:
            cases.append((a, b, x0 + k * sd))
    for a, b, x in cases:
        if not 0 < x < 1:
            continue
        p, q = beta_pq(a, b, x)
        pf, qf = float(p), float(q)
        if min(pf, qf) < 1e-300:
            continue
        rows.append([a, b, x, pf, qf])
    with open(os.path.join(HERE, '..', 'test', 'data', 'betaLarge.json'), 'w') as f:
        json.dump(rows, f, separators=(',', ':'))
        f.write('\n')
    print('rows', len(rows))


if __name__ == '__main__':
    main()
