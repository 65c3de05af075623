"""Golden values of calculateGain('leaky_relu', slope) = sqrt(2 / (1 + slope**2)), from mpmath at
60 significant digits, rounded once to float64. Run from packages/init:
`python3 scripts/gain_golden.py` writes test/data/gain-golden.json.

The slopes cover the ordinary range, the region where 1 + slope**2 is slope**2 in float64, and the
one where slope**2 overflows (the gain is then about sqrt(2)/|slope|, down to 7.9e-309).
"""
import json
import os

import mpmath

mpmath.mp.dps = 60

SLOPES = [0.0, 0.01, -0.01, 0.2, 1.0, 3.0, -3.0, 1e10, 1e100, 1e150, 1e154, 1e155, 1e160, 1e200, -1e200,
          1e300, 1.7976931348623157e308, 5e-324]

rows = []
for s in SLOPES:
    x = mpmath.mpf(s)
    gain = mpmath.sqrt(2 / (1 + x * x))
    rows.append({"slope": s, "gain": float(gain), "gain_text": mpmath.nstr(gain, 30)})

out = os.path.join(os.path.dirname(__file__), "..", "test", "data", "gain-golden.json")
with open(out, "w") as f:
    json.dump({"mpmath": mpmath.__version__, "dps": mpmath.mp.dps, "leaky_relu": rows}, f, indent=1)
    f.write("\n")
