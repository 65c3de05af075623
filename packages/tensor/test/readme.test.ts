import { add, matmul, mean, relu, tensor, zeros } from '@nninit/tensor';
import { describe, expect, it } from 'vitest';

describe('README example', () => {
  it('one dense layer forward, allocation-free after setup', () => {
    const X = tensor(
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      undefined,
      'float32',
    ); // batch of 3, 2 features
    const W = tensor(
      [
        [0.5, -1],
        [1, 1],
      ],
      undefined,
      'float32',
    ); // [fanOut 2, fanIn 2]
    const b = tensor([0, -4], undefined, 'float32');
    const Z = zeros([3, 2], 'float32');
    matmul(X, W, { transposeB: true, out: Z }); // Z = X·Wᵀ
    add(Z, b, Z); // Z += b (broadcast over the batch), in place
    const A = relu(Z);
    expect(A.toArray()).toEqual([
      [0, 0],
      [0, 3],
      [0, 7],
    ]);
    expect(mean(A).item()).toBe(1.6666666269302368);
  });
});
