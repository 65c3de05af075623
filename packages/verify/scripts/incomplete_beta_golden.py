"""Golden vectors for @nninit/verify's regularized incomplete beta and sphere-coordinate law.

Run from packages/verify: `python3 scripts/incomplete_beta_golden.py` (needs numpy, scipy and
mpmath; CI never runs it, the generated JSON under test/data/ is committed). Every value is
written with Python's repr, so the tests read back exactly the float64 the reference produced.

- beta.json     I_x(a, b) as [a, b, x, mpmath, scipy]: mpmath.betainc at 50 digits (x is the
                exact binary value of the double; where mpmath's series does not converge, the
                continued fraction at 50 digits, checked against the series on every 10th
                point) and scipy.special.betainc (Boost's ibeta), for a in [0.5, 1000] and b in
                [0.5, 1e5]: x at the Beta(a, b) quantiles 1e-12 .. 1 - 1e-6, at the mean
                a/(a + b) (where the TypeScript switches to the complement) and at Numerical
                Recipes' switch point (a + 1)/(a + b + 2), each with its neighbours, at 0.5
                (I = 1/2 when a = b), near 0 (down to 5e-324) and near 1 (1 - 2^-53), plus 300
                seeded random (a, b) log-uniform in that box with x at a uniform quantile. The
                script prints the worst disagreement between scipy and mpmath (scipy is off by
                up to 5.6e-2 at subnormal x, 2.8e-9 at 1 - 2^-53, 2.1e-12 at b = 1e5).
- sphere.json   one coordinate T of a uniform point on the unit sphere in R^d: (1 + T)/2 ~
                Beta((d-1)/2, (d-1)/2), so F(t) = I_((1+t)/2)((d-1)/2, (d-1)/2), an identity
                independent of the one the TypeScript uses (I_(t^2)(1/2, (d-1)/2)). CDF and
                density at 50 digits with mpmath (scipy.stats.beta cross-checks the CDF), and
                quantiles by Newton's method in 50-digit arithmetic from scipy's beta.ppf.
"""
import math

import mpmath
import numpy as np
from scipy import special, stats

from golden import dump  # writes test/data/<name> as compact JSON, like every golden table

mpmath.mp.dps = 50  # after the import: golden.py sets its own precision at import time


def betainc_mp(a, b, x):
    """I_x(a, b) at 50 digits: mpmath's betainc (a 2F1 series), or where that series gives up
    (b = 1e4, 1e5 near the bulk) the textbook continued fraction in 50-digit arithmetic."""
    try:
        return mpmath.betainc(a, b, 0, mpmath.mpf(x), regularized=True)
    except (mpmath.libmp.libhyper.NoConvergence, ValueError):  # ValueError: hypsum's precision cap
        return betainc_fraction(a, b, x)


def betainc_fraction(a, b, x):
    """The continued fraction on the side where it converges (1 - x is exact at 50 digits)."""
    a, b, x = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(x)
    if x > (a + 1) / (a + b + 2):
        return 1 - betainc_cf(b, a, 1 - x)
    return betainc_cf(a, b, x)


def betainc_cf(a, b, x):
    log_prefactor = a * mpmath.log(x) + b * mpmath.log(1 - x) - mpmath.log(mpmath.beta(a, b))
    tiny, eps = mpmath.mpf(10) ** -300, mpmath.mpf(10) ** -45
    c, d = mpmath.mpf(1), 1 - (a + b) * x / (a + 1)
    d = 1 / (tiny if abs(d) < tiny else d)
    h = d
    m = 0
    while True:
        m += 1
        for coefficient in [m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))]:
            d = 1 + coefficient * d
            d = 1 / (tiny if abs(d) < tiny else d)
            c = 1 + coefficient / c
            c = tiny if abs(c) < tiny else c
            h *= d * c
        if abs(d * c - 1) < eps:
            return mpmath.exp(log_prefactor) * h / a


def rel(got, want):
    return abs(got - want) / abs(want) if want != 0 else abs(got)


def beta_table():
    As = [0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0, 33.3, 100.0, 1000.0]
    Bs = [0.5, 1.0, 2.0, 3.5, 7.5, 20.0, 100.0, 1000.0, 1e4, 1e5]
    ps = [1e-12, 1e-6, 1e-3, 0.1, 0.5, 0.9, 1 - 1e-3, 1 - 1e-6]
    points = set()
    for a in As:
        for b in Bs:
            for p in ps:
                x = float(special.betaincinv(a, b, p))
                if 0.0 < x < 1.0:
                    points.add((a, b, x))
            for switch in [a / (a + b), (a + 1) / (a + b + 2)]:
                for x in [switch, math.nextafter(switch, 0.0), math.nextafter(switch, 1.0)]:
                    points.add((a, b, x))
            points.add((a, b, 0.5))
    for a, b in [(0.5, 0.5), (0.5, 7.5), (0.5, 1e5), (1.0, 1.0), (1.0, 1e5), (2.5, 3.5), (1000.0, 0.5)]:
        for x in [5e-324, 1e-300, 1e-100, 1e-20, 1e-10, 1 - 1e-10, 1 - 2.0 ** -53]:
            points.add((a, b, x))
    for a in [0.5, 3.5, 33.3, 1000.0]:  # the symmetric case: I_(1/2)(a, a) = 1/2
        points.add((a, a, 0.5))
    for d in [2, 3, 4, 16, 101, 10001, 200001]:  # the sphere marginal: I_(t^2)(1/2, (d - 1)/2)
        h = (d - 1) / 2
        for z in [0.01, 0.5, 1.0, 2.0, 4.0]:
            t = min(z / math.sqrt(d), 0.999)
            points.add((0.5, h, t * t))
    rng = np.random.default_rng(20260301)  # and seeded random points between the grid lines
    for _ in range(300):
        a = float(np.exp(rng.uniform(math.log(0.5), math.log(1000.0))))
        b = float(np.exp(rng.uniform(math.log(0.5), math.log(1e5))))
        x = float(special.betaincinv(a, b, rng.uniform(0.0, 1.0)))
        if 0.0 < x < 1.0:
            points.add((a, b, x))
    rows = []
    worst = 0.0
    fraction_vs_series = mpmath.mpf(0)  # the fallback checked against mpmath where both run
    for k, (a, b, x) in enumerate(sorted(points)):
        want = betainc_mp(a, b, x)
        if k % 10 == 0 and 0 < x < 1 and want > 0:
            fraction_vs_series = max(fraction_vs_series, abs(betainc_fraction(a, b, x) / want - 1))
        want = float(want)
        scipy_value = float(special.betainc(a, b, x))
        if want > 0:
            worst = max(worst, rel(scipy_value, want))
        rows.append([a, b, x, want, scipy_value])
    dump('beta.json', rows)
    print(f'50-digit continued fraction vs mpmath.betainc: worst relative difference {mpmath.nstr(fraction_vs_series, 3)}')
    return len(rows), worst


def sphere_cdf_mp(d, t):
    h = mpmath.mpf(d - 1) / 2
    return betainc_mp(h, h, (1 + mpmath.mpf(t)) / 2)


def sphere_pdf_mp(d, t):
    t = mpmath.mpf(t)
    c = mpmath.gamma(mpmath.mpf(d) / 2) / (mpmath.sqrt(mpmath.pi) * mpmath.gamma(mpmath.mpf(d - 1) / 2))
    return c * (1 - t * t) ** (mpmath.mpf(d - 3) / 2)


def sphere_table():
    cases = []
    worst = 0.0
    for d in [2, 3, 4, 5, 16, 64, 1001, 100000]:
        ts = {0.0, 0.001, 0.1, 0.5, 0.9, 0.999}
        for k in [0.5, 1.0, 2.0, 4.0, 8.0]:
            if k / math.sqrt(d) < 1:
                ts.add(k / math.sqrt(d))
        ts |= {-t for t in ts}
        cdf, pdf = [], []
        for t in sorted(ts):
            want = sphere_cdf_mp(d, t)
            h = (d - 1) / 2
            scipy_value = float(stats.beta.cdf((1 + t) / 2, h, h))
            if want > 1e-300:
                worst = max(worst, rel(scipy_value, float(want)))
            cdf.append([t, float(want)])
            pdf.append([t, float(sphere_pdf_mp(d, t))])
        quantile = []
        for p in [1e-10, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-10]:
            h = (d - 1) / 2
            # start from scipy's quantile of the nearer tail, in mp so that -1 + 5e-20 survives
            u = mpmath.mpf(float(stats.beta.ppf(min(p, 1 - p), h, h)))
            t = 2 * u - 1 if p <= 0.5 else 1 - 2 * u
            for _ in range(100):
                step = (sphere_cdf_mp(d, t) - p) / sphere_pdf_mp(d, t)
                t -= step
                if abs(step) < mpmath.mpf(10) ** -40:
                    break
            quantile.append([p, float(t)])
        cases.append({'d': d, 'cdf': cdf, 'pdf': pdf, 'quantile': quantile})
    dump('sphere.json', cases)
    return len(cases), worst


if __name__ == '__main__':
    n, worst = beta_table()
    print(f'beta {n} points; scipy.special.betainc vs mpmath: worst relative difference {worst:.3g}')
    n, worst = sphere_table()
    print(f'sphere {n} dimensions; scipy.stats.beta.cdf vs mpmath: worst relative difference {worst:.3g}')
