"""Golden data for @nninit/train's tests, from numpy alone (scikit-learn is not installed on the
machines, so its dataset generators are re-implemented below line for line from
sklearn/datasets/_samples_generator.py and sklearn/utils/_indexing.py: the same numpy calls in
the same order, hence the same bits).

Usage: python3 packages/train/scripts/golden.py   (writes packages/train/test/data/*.json)
Needs numpy with the legacy RandomState (any numpy >= 1.17); values depend on glibc's sin/cos
(x86-64, glibc >= 2.28 with FMA), like numpy's own results on those machines.
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'test', 'data')


def util_shuffle(X, y, rs):
    # sklearn.utils.shuffle -> resample(replace=False): arange, random_state.shuffle, fancy index
    indices = np.arange(X.shape[0])
    rs.shuffle(indices)
    return X[indices], y[indices]


def make_circles(n_samples=100, shuffle=True, noise=None, rs=None, factor=.8):
    n_samples_out = n_samples // 2
    n_samples_in = n_samples - n_samples_out
    linspace_out = np.linspace(0, 2 * np.pi, n_samples_out, endpoint=False)
    linspace_in = np.linspace(0, 2 * np.pi, n_samples_in, endpoint=False)
    outer_circ_x = np.cos(linspace_out)
    outer_circ_y = np.sin(linspace_out)
    inner_circ_x = np.cos(linspace_in) * factor
    inner_circ_y = np.sin(linspace_in) * factor
    X = np.vstack([np.append(outer_circ_x, inner_circ_x), np.append(outer_circ_y, inner_circ_y)]).T
    y = np.hstack([np.zeros(n_samples_out, dtype=np.intp), np.ones(n_samples_in, dtype=np.intp)])
    if shuffle:
        X, y = util_shuffle(X, y, rs)
    if noise is not None:
        X += rs.normal(scale=noise, size=X.shape)
    return X, y


def make_moons(n_samples=100, shuffle=True, noise=None, rs=None):
    n_samples_out = n_samples // 2
    n_samples_in = n_samples - n_samples_out
    outer_circ_x = np.cos(np.linspace(0, np.pi, n_samples_out))
    outer_circ_y = np.sin(np.linspace(0, np.pi, n_samples_out))
    inner_circ_x = 1 - np.cos(np.linspace(0, np.pi, n_samples_in))
    inner_circ_y = 1 - np.sin(np.linspace(0, np.pi, n_samples_in)) - 0.5
    X = np.vstack([np.append(outer_circ_x, inner_circ_x), np.append(outer_circ_y, inner_circ_y)]).T
    y = np.hstack([np.zeros(n_samples_out, dtype=np.intp), np.ones(n_samples_in, dtype=np.intp)])
    if shuffle:
        X, y = util_shuffle(X, y, rs)
    if noise is not None:
        X += rs.normal(scale=noise, size=X.shape)
    return X, y


def make_blobs(n_samples=100, n_features=2, centers=None, cluster_std=1.0, center_box=(-10.0, 10.0), shuffle=True, rs=None):
    if centers is None:
        centers = 3
    if isinstance(centers, int):
        n_centers = centers
        centers = rs.uniform(center_box[0], center_box[1], size=(n_centers, n_features))
    else:
        centers = np.asarray(centers, dtype=float)
        n_features = centers.shape[1]
        n_centers = centers.shape[0]
    if isinstance(cluster_std, (int, float)):
        cluster_std = np.full(len(centers), cluster_std)
    n_samples_per_center = [int(n_samples // n_centers)] * n_centers
    for i in range(n_samples % n_centers):
        n_samples_per_center[i] += 1
    cum_sum_n_samples = np.cumsum(n_samples_per_center)
    X = np.empty(shape=(sum(n_samples_per_center), n_features), dtype=np.float64)
    y = np.empty(shape=(sum(n_samples_per_center),), dtype=int)
    for i, (n, std) in enumerate(zip(n_samples_per_center, cluster_std)):
        start_idx = cum_sum_n_samples[i - 1] if i > 0 else 0
        end_idx = cum_sum_n_samples[i]
        X[start_idx:end_idx] = rs.normal(loc=centers[i], scale=std, size=(n, n_features))
        y[start_idx:end_idx] = i
    if shuffle:
        X, y = util_shuffle(X, y, rs)
    return X, y, centers


def make_spirals(n_samples=300, n_classes=3, noise=0.2, shuffle=True, rs=None):
    # CS231n "neural-networks-case-study": r = linspace(0, 1, N), t = linspace(4j, 4j + 4, N) + randn(N)*0.2
    X = np.zeros((n_samples, 2))
    y = np.zeros(n_samples, dtype=int)
    start = 0
    for j in range(n_classes):
        N = n_samples // n_classes + (1 if j < n_samples % n_classes else 0)
        r = np.linspace(0.0, 1, N)
        t = np.linspace(j * 4, (j + 1) * 4, N) + rs.randn(N) * noise
        X[start:start + N] = np.c_[r * np.sin(t), r * np.cos(t)]
        y[start:start + N] = j
        start += N
    if shuffle:
        X, y = util_shuffle(X, y, rs)
    return X, y


def make_xor(n_samples=200, noise=None, rs=None):
    X = rs.uniform(-1, 1, size=(n_samples, 2))
    y = ((X[:, 0] > 0) != (X[:, 1] > 0)).astype(int)
    if noise is not None:
        X += rs.normal(scale=noise, size=X.shape)
    return X, y


def train_test_split(X, y, test_size=0.25, shuffle=True, rs=None):
    # sklearn.model_selection.train_test_split -> ShuffleSplit._iter_indices
    n = X.shape[0]
    n_test = int(np.ceil(test_size * n)) if test_size < 1 else int(test_size)
    n_train = n - n_test
    if shuffle:
        permutation = rs.permutation(n)
        test, train = permutation[:n_test], permutation[n_test:n_test + n_train]
    else:
        train, test = np.arange(n_train), np.arange(n_train, n_train + n_test)
    return X[train], X[test], y[train], y[test]


def case(name, args, X, y, **extra):
    return dict(name=name, args=args, x=X.tolist(), y=np.asarray(y, dtype=float).tolist(), **extra)


def datasets():
    cases = []
    for n, noise, factor, shuffle, seed in [(300, .05, .8, True, 1), (100, .05, .8, True, 2), (7, .1, .5, True, 0),
                                            (10, None, .3, False, 0), (1, .2, .8, True, 5), (1001, .1, .8, True, 42)]:
        X, y = make_circles(n, shuffle, noise, np.random.RandomState(seed), factor)
        cases.append(case('circles', dict(nSamples=n, noise=noise, factor=factor, shuffle=shuffle, seed=seed), X, y))
    for n, noise, shuffle, seed in [(100, .1, True, 0), (300, .2, True, 3), (5, None, False, 0), (9, .05, True, 7), (2000, .1, True, 1)]:
        X, y = make_moons(n, shuffle, noise, np.random.RandomState(seed))
        cases.append(case('moons', dict(nSamples=n, noise=noise, shuffle=shuffle, seed=seed), X, y))
    for n, nf, centers, std, shuffle, seed in [(100, 2, 3, 1.0, True, 0), (11, 3, 4, 0.5, True, 1),
                                               (10, 2, [[0, 0], [5, 5]], [0.5, 2.0], False, 2), (7, 2, [[1, 2], [3, 4], [5, 6]], 1.0, True, 3)]:
        X, y, c = make_blobs(n, nf, centers, std, (-10.0, 10.0), shuffle, np.random.RandomState(seed))
        cases.append(case('blobs', dict(nSamples=n, nFeatures=nf, centers=centers, clusterStd=std, shuffle=shuffle, seed=seed), X, y, centers=c.tolist()))
    for n, k, noise, shuffle, seed in [(300, 3, .2, False, 0), (100, 2, .1, True, 1), (10, 3, .2, True, 2), (2001, 5, .3, True, 3)]:
        X, y = make_spirals(n, k, noise, shuffle, np.random.RandomState(seed))
        cases.append(case('spirals', dict(nSamples=n, nClasses=k, noise=noise, shuffle=shuffle, seed=seed), X, y))
    for n, noise, seed in [(200, None, 0), (50, .1, 1)]:
        X, y = make_xor(n, noise, np.random.RandomState(seed))
        cases.append(case('xor', dict(nSamples=n, noise=noise, seed=seed), X, y))
    X, y = make_circles(300, True, .05, np.random.RandomState(1))
    splits = []
    for test_size, shuffle, seed in [(0.25, True, 0), (0.2, True, 42), (30, True, 1), (0.25, False, 0)]:
        Xtr, Xte, ytr, yte = train_test_split(X, y, test_size, shuffle, np.random.RandomState(seed))
        splits.append(dict(testSize=test_size, shuffle=shuffle, seed=seed, xTrain=Xtr.tolist(), xTest=Xte.tolist(),
                           yTrain=ytr.astype(float).tolist(), yTest=yte.astype(float).tolist()))
    return dict(cases=cases, splits=splits)


def trig():
    # np.sin / np.cos call glibc's sin / cos here; V8's Math.sin differs in the last bit for ~3 %
    rs = np.random.RandomState(0)
    x = np.concatenate([rs.uniform(-8, 8, 2000), rs.uniform(-0.2, 0.2, 500), rs.uniform(-300, 300, 1000),
                        rs.uniform(-1e6, 1e6, 300), np.exp(rs.uniform(-40, 3, 200))])
    return dict(x=x.tolist(), sin=np.sin(x).tolist(), cos=np.cos(x).tolist())


def notebook():
    # deeplearning.ai, Improving Deep Neural Networks, week 1, "Initialization": init_utils.py and
    # the notebook's model(), with the loss written stably (the notebook's np.log gives inf for
    # "random") and evaluated where the notebook prints it, before each update.
    np.random.seed(1)
    train_X, train_Y = make_circles(n_samples=300, noise=.05, rs=np.random.mtrand._rand)
    np.random.seed(2)
    test_X, test_Y = make_circles(n_samples=100, noise=.05, rs=np.random.mtrand._rand)
    X, Y, tX, tY = train_X.T, train_Y.reshape(1, -1), test_X.T, test_Y.reshape(1, -1)
    layers = [2, 10, 5, 1]
    out = {}
    for kind in ['zeros', 'random', 'he']:
        np.random.seed(3)
        W, b = [], []
        for l in range(1, len(layers)):
            if kind == 'zeros':
                W.append(np.zeros((layers[l], layers[l - 1])))
            elif kind == 'random':
                W.append(np.random.randn(layers[l], layers[l - 1]) * 10)
            else:
                W.append(np.random.randn(layers[l], layers[l - 1]) * np.sqrt(2 / layers[l - 1]))
            b.append(np.zeros((layers[l], 1)))
        initial = [w.tolist() for w in W]
        costs = []
        m = X.shape[1]
        for i in range(15000):
            z1 = np.dot(W[0], X) + b[0]; a1 = np.maximum(0, z1)
            z2 = np.dot(W[1], a1) + b[1]; a2 = np.maximum(0, z2)
            z3 = np.dot(W[2], a2) + b[2]; a3 = 1 / (1 + np.exp(-z3))
            if i % 1000 == 0:
                t = np.where(Y == 1, -z3, z3)
                costs.append(float(1. / m * np.sum(np.maximum(t, 0) + np.log1p(np.exp(-np.abs(t))))))
            dz3 = 1. / m * (a3 - Y); dW3 = np.dot(dz3, a2.T); db3 = np.sum(dz3, axis=1, keepdims=True)
            dz2 = np.multiply(np.dot(W[2].T, dz3), np.int64(a2 > 0)); dW2 = np.dot(dz2, a1.T); db2 = np.sum(dz2, axis=1, keepdims=True)
            dz1 = np.multiply(np.dot(W[1].T, dz2), np.int64(a1 > 0)); dW1 = np.dot(dz1, X.T); db1 = np.sum(dz1, axis=1, keepdims=True)
            for k, (dW, db) in enumerate([(dW1, db1), (dW2, db2), (dW3, db3)]):
                W[k] = W[k] - 0.01 * dW
                b[k] = b[k] - 0.01 * db

        def accuracy(X_, Y_):
            a1 = np.maximum(0, np.dot(W[0], X_) + b[0]); a2 = np.maximum(0, np.dot(W[1], a1) + b[1])
            a3 = 1 / (1 + np.exp(-(np.dot(W[2], a2) + b[2])))
            return float(np.mean((a3 > 0.5)[0, :] == Y_[0, :]))
        out[kind] = dict(initialWeights=initial, costs=costs, trainAccuracy=accuracy(X, Y), testAccuracy=accuracy(tX, tY),
                         finalWeights=[w.tolist() for w in W], finalBiases=[v.ravel().tolist() for v in b])
    return out


ACT = {
    'relu': (lambda z: np.maximum(0, z), lambda a: (a > 0).astype(float)),
    'leaky_relu': (lambda z: np.where(z > 0, z, 0.01 * z), lambda a: np.where(a > 0, 1.0, 0.01)),
    'tanh': (np.tanh, lambda a: 1 - a * a),
    'sigmoid': (lambda z: 1 / (1 + np.exp(-z)), lambda a: a * (1 - a)),
    'linear': (lambda z: z, lambda a: np.ones_like(a)),
}


def optimizer_runs():
    """Mini-batch and full-batch training with gradient descent, momentum and Adam, written
    independently in numpy (features x examples, as the course): the reference for the
    optimizers, the losses' gradients and the batch order."""
    def run(data, sizes, hidden, output, loss, opt, batch, iterations, shuffle_seed):
        X, y = data
        n = X.shape[0]
        rs = np.random.RandomState(0)
        W = [rs.randn(sizes[l + 1], sizes[l]) * np.sqrt(2 / sizes[l]) for l in range(len(sizes) - 1)]
        b = [np.zeros((sizes[l + 1], 1)) for l in range(len(sizes) - 1)]
        init = [w.tolist() for w in W]
        state = [[np.zeros_like(p) for p in (W[l], b[l])] for l in range(len(W))]
        state2 = [[np.zeros_like(p) for p in (W[l], b[l])] for l in range(len(W))]
        shuffler = np.random.RandomState(shuffle_seed)
        batches = -(-n // batch)
        costs = []
        order = np.arange(n)
        for t in range(iterations):
            k = t % batches
            if batch < n and k == 0:
                order = shuffler.permutation(n)
            idx = order[k * batch:(k + 1) * batch]
            A = [X[idx].T]
            for l in range(len(W)):
                Z = np.dot(W[l], A[-1]) + b[l]
                A.append(Z if l == len(W) - 1 else ACT[hidden[l]][0](Z))
            z, m = A[-1], len(idx)
            if loss == 'bce':
                Y = y[idx].reshape(1, -1)
                t_ = np.where(Y == 1, -z, z)
                costs.append(float(1. / m * np.sum(np.maximum(t_, 0) + np.log1p(np.exp(-np.abs(t_))))))
                dz = 1. / m * (1 / (1 + np.exp(-z)) - Y)
            elif loss == 'softmax':
                e = np.exp(z - z.max(axis=0))
                p = e / e.sum(axis=0)
                labels = y[idx].astype(int)
                costs.append(float(np.mean(np.log(e.sum(axis=0)) - (z[labels, np.arange(m)] - z.max(axis=0)))))
                onehot = np.zeros_like(p); onehot[labels, np.arange(m)] = 1
                dz = (p - onehot) / m
            else:
                Y = y[idx].reshape(1, -1)
                f, df = ACT[output]
                a = f(z)
                costs.append(float(np.mean((a - Y) ** 2)))
                dz = 2 / (m * z.shape[0]) * (a - Y) * df(a)
            grads = []
            for l in range(len(W) - 1, -1, -1):
                grads.append((np.dot(dz, A[l].T), np.sum(dz, axis=1, keepdims=True)))
                if l > 0:
                    dz = np.dot(W[l].T, dz) * ACT[hidden[l - 1]][1](A[l])
            grads.reverse()
            for l in range(len(W)):
                for j, p_ in enumerate((W, b)):
                    g = grads[l][j]
                    if opt['name'] == 'gd':
                        p_[l] = p_[l] - opt['lr'] * g
                    elif opt['name'] == 'momentum':
                        state[l][j] = opt['beta'] * state[l][j] + g
                        p_[l] = p_[l] - opt['lr'] * state[l][j]
                    else:
                        b1, b2, eps, step = 0.9, 0.999, 1e-8, t + 1
                        state[l][j] = b1 * state[l][j] + (1 - b1) * g
                        state2[l][j] = b2 * state2[l][j] + (1 - b2) * np.power(g, 2)
                        v_corrected = state[l][j] / (1 - np.power(b1, step))
                        s_corrected = state2[l][j] / (1 - np.power(b2, step))
                        p_[l] = p_[l] - opt['lr'] * v_corrected / (np.sqrt(s_corrected) + eps)
        return dict(sizes=sizes, hidden=hidden, output=output, loss=loss, optimizer=opt, batchSize=batch,
                    iterations=iterations, shuffleSeed=shuffle_seed, initialWeights=init, costs=costs,
                    finalWeights=[w.tolist() for w in W], finalBiases=[v.ravel().tolist() for v in b],
                    x=X.tolist(), y=y.astype(float).tolist())

    moons = make_moons(200, True, .2, np.random.RandomState(0))
    spirals = make_spirals(150, 3, .2, True, np.random.RandomState(1))
    xor = make_xor(64, None, np.random.RandomState(2))
    return [
        run(moons, [2, 6, 4, 1], ['tanh', 'relu'], 'sigmoid', 'bce', dict(name='gd', lr=0.1), 32, 50, 7),
        run(moons, [2, 6, 4, 1], ['tanh', 'relu'], 'sigmoid', 'bce', dict(name='momentum', lr=0.05, beta=0.9), 32, 50, 8),
        run(moons, [2, 6, 4, 1], ['relu', 'relu'], 'sigmoid', 'bce', dict(name='adam', lr=0.01), 50, 40, 9),
        run(spirals, [2, 8, 3], ['leaky_relu'], 'softmax', 'softmax', dict(name='adam', lr=0.02), 150, 30, 0),
        run(xor, [2, 5, 1], ['sigmoid'], 'tanh', 'mse', dict(name='momentum', lr=0.2, beta=0.5), 64, 30, 0),
    ]


if __name__ == '__main__':
    os.makedirs(DATA, exist_ok=True)
    with open(os.path.join(DATA, 'optimizers.json'), 'w') as f:
        json.dump(optimizer_runs(), f)
    with open(os.path.join(DATA, 'notebook.json'), 'w') as f:
        json.dump(notebook(), f)
    with open(os.path.join(DATA, 'trig.json'), 'w') as f:
        json.dump(trig(), f)
    with open(os.path.join(DATA, 'datasets.json'), 'w') as f:
        json.dump(datasets(), f)
