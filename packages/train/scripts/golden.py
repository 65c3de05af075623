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


if __name__ == '__main__':
    os.makedirs(DATA, exist_ok=True)
    with open(os.path.join(DATA, 'trig.json'), 'w') as f:
        json.dump(trig(), f)
    with open(os.path.join(DATA, 'datasets.json'), 'w') as f:
        json.dump(datasets(), f)
