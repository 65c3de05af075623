"""Writes test/data/meanField.json: mean-field reference values computed with SciPy, independently
of @nninit/theory's quadrature (adaptive QUADPACK via scipy.integrate.quad, roots by brentq).

- critical: Schoenholz et al. 2017's order-to-chaos line for tanh: for each sigma_b^2, the
  sigma_w^2 where chi_1 = sigma_w^2 E[tanh'(sqrt(q*) z)^2] = 1, with q* the fixed point of
  q = sigma_w^2 E[tanh(sqrt(q) z)^2] + sigma_b^2.
- points: q* and chi_1 for tanh, sigmoid, gelu (x Phi(x)) and selu (Klambauer et al. 2017) at
  several (sigma_w, sigma_b), and c* (the fixed point of the correlation map below 1) at chaotic
  points, the inner Gaussian integral by quad and the outer by quad.

Run: python3 packages/theory/scripts/golden.py (needs scipy; see requirements.txt).
"""
import json
import math
import os
import warnings

import numpy as np
from scipy.integrate import quad
from scipy.optimize import brentq
from scipy.special import ndtr

# QUADPACK warns that epsrel = 1e-13 is at its round-off limit; the tests compare at 1e-9.
warnings.simplefilter("ignore")
ALPHA, LAMBDA = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
ACT = {
    "tanh": (np.tanh, lambda x: 1 / np.cosh(x) ** 2),
    "sigmoid": (lambda x: 1 / (1 + math.exp(-x)) if x > -700 else 0.0, lambda x: np.exp(-abs(x)) / (1 + np.exp(-abs(x))) ** 2),
    "gelu": (lambda x: x * ndtr(x), lambda x: ndtr(x) + x * np.exp(-x * x / 2) / math.sqrt(2 * math.pi)),
    "selu": (
        lambda x: LAMBDA * x if x > 0 else LAMBDA * ALPHA * math.expm1(x),
        lambda x: LAMBDA if x > 0 else LAMBDA * ALPHA * math.exp(x),
    ),
}


def gauss(f, kink=0.0):
    """E[f(Z)], Z ~ N(0, 1), over [-12, 12], split at the kink (SELU's, at 0 in u)."""
    w = lambda z: f(z) * math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    opts = dict(epsabs=1e-15, epsrel=1e-13, limit=400)
    k = min(max(kink, -12.0), 12.0)
    return quad(w, -12, k, **opts)[0] + quad(w, k, 12, **opts)[0]


def q_star(name, sw, sb):
    phi = ACT[name][0]
    g = lambda q: sw * sw * gauss(lambda z: phi(math.sqrt(q) * z) ** 2) + sb * sb - q
    # The fixed point that iterating the map from q = 1 approaches (GELU also has an unstable one
    # above it): below 1 if the map decreases q = 1, else above.
    lo, hi = (1e-12, 1.0) if g(1.0) < 0 else (1.0, 1e4)
    return brentq(g, lo, hi, xtol=1e-15, rtol=1e-14)


def chi1(name, sw, q):
    d = ACT[name][1]
    return sw * sw * gauss(lambda z: d(math.sqrt(q) * z) ** 2)


def c_star(name, sw, sb, q):
    phi = ACT[name][0]
    s = math.sqrt(q)

    def cmap(c):
        r = math.sqrt(1 - c * c)
        # u2 = 0, SELU's kink, at z2 = -c z1 / r.
        inner = lambda z1: phi(s * z1) * gauss(lambda z2: phi(s * (c * z1 + r * z2)), -c * z1 / r)
        return (sw * sw * gauss(inner) + sb * sb) / q - c

    return brentq(cmap, 0, 1 - 1e-6, xtol=1e-13)


critical = []
for sb2 in [0.01, 0.05, 0.1, 0.3]:
    sb = math.sqrt(sb2)
    sw = brentq(lambda sw: chi1("tanh", sw, q_star("tanh", sw, sb)) - 1, 1.0, 3.0, xtol=1e-14, rtol=1e-14)
    critical.append({"biasVariance": sb2, "weightVariance": sw * sw, "qStar": q_star("tanh", sw, sb)})

points = []
for name, sw, sb, chaotic in [
    ("tanh", 0.8, 0.1, False),
    ("tanh", 1.5, 0.05, True),
    ("tanh", 2.5, 0.3, True),
    ("sigmoid", 4.0, 0.1, False),
    ("gelu", 1.5, 0.1, False),
    ("selu", 0.9, 0.2, False),
    ("selu", 1.1, 0.1, True),
]:
    q = q_star(name, sw, sb)
    point = {"activation": name, "weightStd": sw, "biasStd": sb, "qStar": q, "chi1": chi1(name, sw, q)}
    if chaotic:
        point["cStar"] = c_star(name, sw, sb, q)
    points.append(point)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "data", "meanField.json")
with open(out, "w") as f:
    json.dump({"critical": critical, "points": points}, f, indent=2)
    f.write("\n")
