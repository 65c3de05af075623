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


def best_cpu(fn, repeats=5):
    """Best CPU seconds (user + system, time.process_time) of `repeats` calls of fn(), after one
    untimed call: what a shared machine's other jobs do not inflate (bench/src/timeBestCpu.ts)."""
    fn()
    times = []
    for _ in range(repeats):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)
