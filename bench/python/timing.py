"""Timing shared by the numpy anchors: the best of several runs after one warm-up, the same
statistic the TypeScript side reports (bench/src/timeBest.ts)."""
import time


def best(fn, repeats=5):
    """Best wall-clock seconds of `repeats` calls of fn(), after one untimed call."""
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)
