"""numpy anchors for bench/src/train.bench.ts: the course notebook's training loop.

Usage: train.py '<json {x: [[x0, x1], ...], y: [...], iterations, recordEvery, learningRate, repeats}>'
Prints JSON: [{"variant", "dtype", "seconds", "cpu", "costs"}]; seconds is the best wall time of
`repeats` runs of the whole loop (weights re-drawn before each), cpu the best process CPU time
(time.process_time, the measure that a loaded machine disturbs least). Same network, He weights from np.random.seed(3),
full-batch gradient descent. Two implementations:
- "tuned": vectorized, in-place updates, the loss (stable, from the logits) only at recorded
  iterations, as the TypeScript trainer does; float64 and float32.
- "notebook": the course's init_utils code as written (forward_propagation, compute_loss with
  nansum at every iteration, backward_propagation, W = W - lr*dW); float64.
runPython sets the BLAS threads to 1.
"""
import json
import sys
import time

import numpy as np

args = json.loads(sys.argv[1])
layers = [2, 10, 5, 1]


def run(dtype):
    X = np.array(args['x'], dtype=dtype).T.copy()         # (2, m): features x examples, as the notebook
    Y = np.array(args['y'], dtype=dtype).reshape(1, -1)
    m = X.shape[1]
    lr, iterations, every = args['learningRate'], args['iterations'], args['recordEvery']
    np.random.seed(3)
    W = [(np.random.randn(layers[l], layers[l - 1]) * np.sqrt(2 / layers[l - 1])).astype(dtype) for l in range(1, 4)]
    b = [np.zeros((layers[l], 1), dtype=dtype) for l in range(1, 4)]
    costs = []
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(iterations):
        z1 = W[0] @ X + b[0]; a1 = np.maximum(z1, 0)
        z2 = W[1] @ a1 + b[1]; a2 = np.maximum(z2, 0)
        z3 = W[2] @ a2 + b[2]; a3 = 1 / (1 + np.exp(-z3))
        if i % every == 0:
            t = np.where(Y == 1, -z3, z3)
            costs.append(float(np.mean(np.maximum(t, 0) + np.log1p(np.exp(-np.abs(t))))))
        dz3 = (a3 - Y) / m
        dW3 = dz3 @ a2.T; db3 = dz3.sum(axis=1, keepdims=True)
        dz2 = (W[2].T @ dz3) * (a2 > 0)
        dW2 = dz2 @ a1.T; db2 = dz2.sum(axis=1, keepdims=True)
        dz1 = (W[1].T @ dz2) * (a1 > 0)
        dW1 = dz1 @ X.T; db1 = dz1.sum(axis=1, keepdims=True)
        for p, g in ((W[0], dW1), (W[1], dW2), (W[2], dW3), (b[0], db1), (b[1], db2), (b[2], db3)):
            p -= lr * g
    return time.perf_counter() - start, time.process_time() - cpu, costs


def notebook():
    X = np.array(args['x']).T.copy()
    Y = np.array(args['y']).reshape(1, -1)
    lr, iterations, every = args['learningRate'], args['iterations'], args['recordEvery']
    np.random.seed(3)
    p = {}
    for l in range(1, 4):
        p['W' + str(l)] = np.random.randn(layers[l], layers[l - 1]) * np.sqrt(2 / layers[l - 1])
        p['b' + str(l)] = np.zeros((layers[l], 1))
    costs = []
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(iterations):
        z1 = np.dot(p['W1'], X) + p['b1']; a1 = np.maximum(0, z1)
        z2 = np.dot(p['W2'], a1) + p['b2']; a2 = np.maximum(0, z2)
        z3 = np.dot(p['W3'], a2) + p['b3']; a3 = 1 / (1 + np.exp(-z3))
        m = Y.shape[1]
        logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
        cost = 1. / m * np.nansum(logprobs)
        dz3 = 1. / m * (a3 - Y); dW3 = np.dot(dz3, a2.T); db3 = np.sum(dz3, axis=1, keepdims=True)
        da2 = np.dot(p['W3'].T, dz3); dz2 = np.multiply(da2, np.int64(a2 > 0))
        dW2 = np.dot(dz2, a1.T); db2 = np.sum(dz2, axis=1, keepdims=True)
        da1 = np.dot(p['W2'].T, dz2); dz1 = np.multiply(da1, np.int64(a1 > 0))
        dW1 = np.dot(dz1, X.T); db1 = np.sum(dz1, axis=1, keepdims=True)
        for k, (dW, db) in enumerate(((dW1, db1), (dW2, db2), (dW3, db3)), start=1):
            p['W' + str(k)] = p['W' + str(k)] - lr * dW
            p['b' + str(k)] = p['b' + str(k)] - lr * db
        if i % every == 0:
            costs.append(float(cost))
    return time.perf_counter() - start, time.process_time() - cpu, costs


def best(runs):
    """The best wall time and the best CPU time of the runs, and the costs (equal in every run)."""
    runs = list(runs)
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]


results = []
for dtype in ('float64', 'float32'):
    seconds, cpu, costs = best(run(dtype) for _ in range(args['repeats']))
    results.append({'variant': 'tuned', 'dtype': dtype, 'seconds': seconds, 'cpu': cpu, 'costs': costs})
seconds, cpu, costs = best(notebook() for _ in range(args['repeats']))
results.append({'variant': 'notebook', 'dtype': 'float64', 'seconds': seconds, 'cpu': cpu, 'costs': costs})
json.dump(results, sys.stdout)
