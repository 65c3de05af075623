"""Golden values of I_x(a, b) between the two tested regimes (test/data/betaGap.json): one parameter
large (1e6 to 1e15) and the other small or moderate, and both large up to 1e12, at the mean and
three standard deviations either side, on the side of the mean that gives the smaller of I and
1 - I. Run from packages/verify: `python3 scripts/beta_gap_golden.py` (needs mpmath).

Reference: Numerical Recipes' continued fraction (betacf) in 40-digit mpmath, with 1 - x formed
exactly from the float64 x; points where it does not converge in 2e6 terms are left out.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
import mpmath as mp

mp.mp.dps=60
def betacf(a,b,x,maxit=2000000):
    a,b,x=mp.mpf(a),mp.mpf(b),mp.mpf(x)
    tiny=mp.mpf(10)**-300
    qab=a+b; qap=a+1; qam=a-1
    c=mp.mpf(1); d=1-qab*x/qap
    if abs(d)<tiny: d=tiny
    d=1/d; h=d
    for m in range(1,maxit):
        m2=2*m
        aa=m*(b-m)*x/((qam+m2)*(a+m2))
        d=1+aa*d; d=tiny if abs(d)<tiny else d
        c=1+aa/c; c=tiny if abs(c)<tiny else c
        d=1/d; h*=d*c
        aa=-(a+m)*(qab+m)*x/((a+m2)*(qap+m2))
        d=1+aa*d; d=tiny if abs(d)<tiny else d
        c=1+aa/c; c=tiny if abs(c)<tiny else c
        d=1/d; de=d*c; h*=de
        if abs(de-1)<mp.mpf(10)**-45: return h,m
    return h,-1
def I(a,b,x):
    a,b,x=mp.mpf(a),mp.mpf(b),mp.mpf(x)
    h,m=betacf(a,b,x)
    lp=a*mp.log(x)+b*mp.log1p(-x)-(mp.loggamma(a)+mp.loggamma(b)-mp.loggamma(a+b))
    return mp.exp(lp)*h/a, m
cases=[]
for a,b in [(1,1e15),(0.5,1e6),(0.5,1e8),(1,1e8),(1,1e10),(3,1e12),(1000,1e8),(1e5,1e7),(1e6,1e6),(1e8,1e9),(1e10,1e12)]:
    n=a+b; m=a/n; sd=(a*b/n**3)**0.5
    for k in [-3,0.5,3]:
        x=m+k*sd
        if not 0<x<1: continue
        if x<=m:
            p,it=I(a,b,x); q=1-p
            if it<0: continue
        else:
            q,it=I(b,a,mp.mpf(1)-mp.mpf(x)); p=1-q
            if it<0: continue
        cases.append([a,b,x,float(p),float(q)])
with open(os.path.join(HERE, '..', 'test', 'data', 'betaGap.json'), 'w') as out:
    json.dump(cases, out, separators=(',', ':'))
    out.write('\n')
print(len(cases))
