"""scipy anchors for bench/src/verify.bench.ts, on the very samples the TypeScript side tested.

Usage: python3 verify.py SAMPLES_DIR
SAMPLES_DIR holds {normal,uniform,truncated}.f64 (1e6 float64 each, written by the benchmark) and
cases.json ([family, n, params] for every case of the harness run over @nninit/init). Prints JSON:
- checks: per sample file, best-of-5 seconds for scipy.stats.kstest + the variance p-value
  (chi-square for normal, the same kurtosis-aware z-test for the others), and both p-values;
- harness: seconds for the same statistics on numpy-drawn samples of the harness's case sizes
  (one pass: drawing included, as the harness's time includes initialize()).
Without scipy (CI has numpy only) it prints {"scipy": null}.
"""
import json
import math
import os
import sys
import time

import numpy as np

from timing import best

try:
    from scipy import stats
except ImportError:  # pragma: no cover - CI machines
    print(json.dumps({"scipy": None, "numpy": np.__version__}))
    sys.exit(0)

directory = sys.argv[1]
KURTOSIS = {"uniform": -1.2}


def truncated_kurtosis(a, b):
    return float(stats.truncnorm(a, b).stats(moments="k"))


def check(x, family, params):
    if family == "constant":
        return [float(np.all(x == params["value"])), 1.0]
    if family == "normal":
        cdf = stats.norm(params["mean"], params["std"]).cdf
        ks = stats.kstest(x, cdf).pvalue
        s = float(np.sum((x - params["mean"]) ** 2) / params["std"] ** 2)
        var_p = min(1.0, 2 * min(stats.chi2.cdf(s, x.size), stats.chi2.sf(s, x.size)))
        return [float(ks), float(var_p)]
    if family == "uniform":
        dist = stats.uniform(params["low"], params["high"] - params["low"])
        kurt = -1.2
    else:
        a = (params["low"] - params["mean"]) / params["std"]
        b = (params["high"] - params["mean"]) / params["std"]
        dist = stats.truncnorm(a, b, loc=params["mean"], scale=params["std"])
        kurt = params.get("kurtosis", truncated_kurtosis(a, b))
    ks = stats.kstest(x, dist.cdf).pvalue
    mean, var = float(dist.mean()), float(dist.var())
    s2 = float(np.mean((x - mean) ** 2))
    z = (s2 - var) / (var * math.sqrt((2 + kurt) / x.size))
    return [float(ks), float(2 * stats.norm.sf(abs(z)))]


results = {"scipy": __import__("scipy").__version__, "numpy": np.__version__, "checks": {}}
specs = {
    "normal": ("normal", {"mean": 0.0, "std": 0.5}),
    "uniform": ("uniform", {"low": -1.0, "high": 1.0}),
    "truncated": ("truncated_normal", {"mean": 0.0, "std": 1.0, "low": -2.0, "high": 2.0}),
}
for name, (family, params) in specs.items():
    x = np.fromfile(os.path.join(directory, name + ".f64"), dtype=np.float64)
    if family == "truncated_normal":
        params = dict(params, kurtosis=truncated_kurtosis(-2.0, 2.0))
    seconds = best(lambda: check(x, family, params))
    results["checks"][name] = {"seconds": seconds, "p": check(x, family, params)}

with open(os.path.join(directory, "cases.json")) as f:
    cases = json.load(f)
rng = np.random.default_rng(1)
t = time.perf_counter()
for family, n, params in cases:
    if family == "normal":
        x = params["mean"] + params["std"] * rng.standard_normal(n)
    elif family == "uniform":
        x = rng.uniform(params["low"], params["high"], n)
    elif family == "truncated_normal":
        a = (params["low"] - params["mean"]) / params["std"]
        b = (params["high"] - params["mean"]) / params["std"]
        x = stats.truncnorm.rvs(a, b, loc=params["mean"], scale=params["std"], size=n, random_state=rng)
    else:
        x = np.full(n, params["value"])
    check(x, family, params)
results["harness"] = {"seconds": time.perf_counter() - t, "cases": len(cases)}
print(json.dumps(results))
