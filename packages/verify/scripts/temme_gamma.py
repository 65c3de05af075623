"""Temme's uniform asymptotic expansion of the regularized incomplete gamma functions, for large a.

Run from packages/verify: `python3 scripts/temme_gamma.py` (needs mpmath; golden.py's gamma_mp is the reference). It writes

- src/internal/special/temmeGammaCoefficients.ts: the Maclaurin coefficients d[k][n] of the
  Temme coefficients c_k(eta) = sum_n d[k][n] eta^n (DLMF 8.12.12; DiDonato & Morris 1986
  tabulate the same d_{k,n}), computed here from their definition in 60-digit series arithmetic:
  lambda - 1 = mu(eta) by reversion of eta^2/2 = mu - ln(1 + mu) (DLMF 8.12.13),
  c_0 = 1/mu - 1/eta and c_k = (1/eta) c_{k-1}'(eta) + (-1)^k g_k / mu (DLMF 8.12.9-8.12.10),
  g_k the coefficients of Stirling's series for Gamma (DLMF 5.11.3).
- test/data/gammaLarge.json: P(a, x), Q(a, x) for a from 1e7 to 1e300 and x across the bulk and
  the tails, from the same expansion summed to 12 terms in 60-digit arithmetic (error below
  a^-12), checked to 25 digits for a <= 1e8 against golden.py's gamma_mp (mpmath's gammainc, or
  the textbook series and Legendre's fraction in 60 digits). scipy.special.gammainc is no
  reference here: it is 2.5e-3 off at a = 1e7, x = a - 9 sqrt(a) (P = 1.045e-19).
"""
import json
import os

import mpmath as mp

from golden import gamma_mp

mp.mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))
N = 48  # series degree kept while building; each c_k loses two degrees
K = 12  # number of c_k computed (the table keeps fewer)
KEEP_K = 4
KEEP_N = 26


def mul(p, q, n=N):
    out = [mp.mpf(0)] * n
    for i, pi in enumerate(p[:n]):
        if pi == 0:
            continue
        for j, qj in enumerate(q[: n - i]):
            out[i + j] += pi * qj
    return out


def inverse(p, n=N):
    """1/p for p[0] != 0."""
    out = [mp.mpf(0)] * n
    out[0] = 1 / p[0]
    for k in range(1, n):
        out[k] = -sum(p[j] * out[k - j] for j in range(1, min(k, len(p) - 1) + 1)) / p[0]
    return out


def sqrt_series(p, n=N):
    out = [mp.mpf(0)] * n
    out[0] = mp.sqrt(p[0])
    for k in range(1, n):
        out[k] = (p[k] - sum(out[j] * out[k - j] for j in range(1, k))) / (2 * out[0])
    return out


def mu_of_eta():
    """mu = lambda - 1 as a series in eta, eta = mu * sqrt(2 (mu - ln(1 + mu)) / mu^2)."""
    s = [2 * mp.mpf(-1) ** j / (j + 2) for j in range(N)]
    f = [mp.mpf(0)] + sqrt_series(s)[: N - 1]  # eta = f(mu) = mu + f2 mu^2 + ...
    mu = [mp.mpf(0), mp.mpf(1)] + [mp.mpf(0)] * (N - 2)
    for _ in range(N):
        power = mu[:]
        nxt = [mp.mpf(0), mp.mpf(1)] + [mp.mpf(0)] * (N - 2)
        for j in range(2, N):
            power = mul(power, mu)
            for i in range(N):
                nxt[i] -= f[j] * power[i]
        mu = nxt
    return mu


def stirling_g(count):
    """g_k with Gamma(z) ~ e^-z z^z sqrt(2 pi / z) sum g_k z^-k: exp of sum B_2j / (2j (2j-1)) w^(2j-1)."""
    n = count + 1
    log_series = [mp.mpf(0)] * n
    for j in range(1, n):
        if 2 * j - 1 < n:
            log_series[2 * j - 1] = mp.bernoulli(2 * j) / (2 * j * (2 * j - 1))
    out = [mp.mpf(0)] * n
    out[0] = mp.mpf(1)
    # exp by the recurrence k e_k = sum j l_j e_{k-j}
    for k in range(1, n):
        out[k] = sum(j * log_series[j] * out[k - j] for j in range(1, k + 1)) / k
    return out


def temme_coefficients():
    mu = mu_of_eta()
    # 1/mu = (1/eta) * 1/(mu/eta): a Laurent series; keep r = 1/(mu/eta), so 1/mu = r / eta.
    r = inverse(mu[1:])
    g = stirling_g(K)
    c = []
    c0 = r[1:]  # 1/mu - 1/eta = (r - 1)/eta, r[0] = 1
    c.append(c0)
    for k in range(1, K):
        prev = c[-1]
        derivative = [(i + 1) * prev[i + 1] for i in range(len(prev) - 1)]
        # (1/eta) derivative + (-1)^k g_k r / eta = (derivative + (-1)^k g_k r) / eta
        total = [derivative[i] + (-1) ** k * g[k] * r[i] for i in range(len(derivative))]
        assert abs(total[0]) < mp.mpf(10) ** -40, (k, total[0])
        c.append(total[1:])
    return c


def c_k_closed(eta, lam):
    mu = lam - 1
    return [1 / mu - 1 / eta, 1 / eta**3 - 1 / mu**3 - 1 / mu**2 - 1 / (12 * mu)]


def eta_of(lam):
    eta = mp.sqrt(2 * (lam - 1 - mp.log(lam)))
    return eta if lam >= 1 else -eta


def temme_pq(a, x, c):
    a, x = mp.mpf(a), mp.mpf(x)
    lam = x / a
    eta = eta_of(lam)
    series = sum(sum(ck[n] * eta**n for n in range(len(ck))) * a ** (-k) for k, ck in enumerate(c))
    s = mp.exp(-a * eta**2 / 2) / mp.sqrt(2 * mp.pi * a) * series
    q = mp.erfc(eta * mp.sqrt(a / 2)) / 2 + s
    p = mp.erfc(-eta * mp.sqrt(a / 2)) / 2 - s
    return p, q


def main():
    c = temme_coefficients()
    # The closed forms agree with the series away from 0 (a check of the construction).
    for lam in [mp.mpf('0.8'), mp.mpf('1.25')]:
        eta = eta_of(lam)
        for k, closed in enumerate(c_k_closed(eta, lam)):
            series = sum(c[k][n] * eta**n for n in range(len(c[k])))
            assert abs(series - closed) < mp.mpf(10) ** -30, (k, series, closed)
    assert abs(c[0][0] + mp.mpf(1) / 3) < 1e-50 and abs(c[1][0] + mp.mpf(1) / 540) < 1e-50
    assert abs(c[2][0] - mp.mpf(25) / 6048) < 1e-50

    lines = [
        '// Generated by scripts/temme_gamma.py (60-digit mpmath): do not edit by hand.',
        '',
        '/**',
        ' * Maclaurin coefficients d[k][n] of the Temme coefficients c_k(η) = Σₙ d[k][n]·ηⁿ of the',
        ' * uniform expansion of the incomplete gamma functions (DLMF 8.12.12; the d_{k,n} of DiDonato &',
        ' * Morris 1986), for k = 0…3 and n = 0…25: enough for |η| ≤ 0.5, where the terms fall by a',
        ' * factor 7 per degree (the series converge for |η| < 2√π).',
        ' */',
        'export const TEMME_GAMMA_COEFFICIENTS: readonly (readonly number[])[] = [',
    ]
    for k in range(KEEP_K):
        values = ', '.join(repr(float(v)) for v in c[k][:KEEP_N])
        lines.append(f'  [{values}],')
    lines.append('];')
    target = os.path.join(HERE, '..', 'src', 'internal', 'special', 'temmeGammaCoefficients.ts')
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'w') as f:
        f.write('\n'.join(lines) + '\n')

    rows = []
    for a in [1e7, 3e7, 1e8, 1e10, 1e12, 1e15, 1e20, 1e50, 1e100, 1e200, 1e300]:
        sa = mp.sqrt(mp.mpf(a))
        xs = set()
        for k in [-30, -9, -4, -1, -0.3, 0, 0.3, 1, 4, 9, 30]:
            xs.add(mp.mpf(a) + k * sa)
        for t in [-0.4, -0.29, -0.1, 0.1, 0.29, 0.4]:
            if abs(t) * sa > 40:
                continue  # beyond this the answer underflows
            xs.add(mp.mpf(a) * (1 + t))
        for x in sorted(xs):
            xf = float(x)
            p, q = temme_pq(a, xf, c[:K])
            pf, qf = float(p), float(q)
            if min(pf, qf) < 1e-300:
                continue
            if a <= 1e8:
                # The independent reference: the textbook series / Legendre fraction in 60 digits.
                ref_p, ref_q = gamma_mp(a, xf)
                assert abs(ref_p - p) <= mp.mpf(10) ** -25 * ref_p, (a, xf)
                assert abs(ref_q - q) <= mp.mpf(10) ** -25 * ref_q, (a, xf)
            rows.append([a, xf, pf, qf])
    with open(os.path.join(HERE, '..', 'test', 'data', 'gammaLarge.json'), 'w') as f:
        json.dump(rows, f, separators=(',', ':'))
        f.write('\n')
    print('coefficients', KEEP_K, 'x', KEEP_N, 'golden rows', len(rows))


if __name__ == '__main__':
    main()
