"""Runs one command and reports its wall-clock time and peak resident memory, for
bench/src/shards.bench.ts.

Usage: maxrss.py COMMAND [ARG...]
Prints JSON {"seconds": s, "cpu": s, "maxrss": bytes, "status": code}: the child's wall-clock time,
its CPU time (user + system) and its own peak resident set size (os.wait4's rusage of that one
child: ru_maxrss, kilobytes on Linux). CPU time is the figure that survives a shared, loaded
machine, where wall time measures the other jobs too.
The child's stdout and stderr are discarded unless it fails (then stderr is passed through).
"""
import json
import os
import subprocess
import sys
import time

start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
stderr = child.stderr.read()
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - start
code = os.waitstatus_to_exitcode(status)
if code != 0:
    sys.stderr.write(stderr.decode("utf-8", "replace"))
json.dump({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss * 1024, "status": code}, sys.stdout)
