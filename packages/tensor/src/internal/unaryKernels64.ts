// The kernels of the hand-written unary ops (activations, exp, log), written once for float64
// storage and copied for float32 by `pnpm --filter @nninit/tensor generate` (unaryKernels32.ts),
// so that V8 compiles each copy for one typed-array type (see UnaryKernels in unaryOp.ts). Each
// computes o[i] = f(x[i]) for i < n in float64; the store rounds to the array's type.
import { SELU_LAMBDA, SELU_LAMBDA_ALPHA } from './seluConstants.js';

type Elements = Float64Array;

/** leakyRelu's kernel (src/ops/activation/leakyRelu.ts has the formula). */
export function leakyReluKernel64(o: Elements, x: Elements, n: number, alpha: number): void {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v > 0 ? v : alpha * v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v > 0 ? v : alpha * v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v > 0 ? v : alpha * v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v > 0 ? v : alpha * v;
    }
  }
  for (; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? v : alpha * v;
  }
}

/** leakyReluDerivative's kernel (src/ops/activation/leakyReluDerivative.ts has the formula). */
export function leakyReluDerivativeKernel64(o: Elements, x: Elements, n: number, alpha: number): void {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
  }
  for (; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? 1 : v <= 0 ? alpha : v;
  }
}

/** logSigmoid's kernel (src/ops/activation/logSigmoid.ts has the formula). */
export function logSigmoidKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    o[i] = Math.min(v, 0) - Math.log1p(Math.exp(-Math.abs(v)));
  }
}

/** relu's kernel (src/ops/activation/relu.ts has the formula). */
export function reluKernel64(o: Elements, x: Elements, n: number): void {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v < 0 ? 0 : v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v < 0 ? 0 : v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v < 0 ? 0 : v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v < 0 ? 0 : v;
    }
  }
  for (; i < n; i++) {
    const v = x[i]!;
    o[i] = v < 0 ? 0 : v;
  }
}

/** reluDerivative's kernel (src/ops/activation/reluDerivative.ts has the formula). */
export function reluDerivativeKernel64(o: Elements, x: Elements, n: number): void {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
  }
  for (; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? 1 : v <= 0 ? 0 : v;
  }
}

/** selu's kernel (src/ops/activation/selu.ts has the formula). */
export function seluKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? SELU_LAMBDA * v : SELU_LAMBDA_ALPHA * Math.expm1(v);
  }
}

/** seluDerivative's kernel (src/ops/activation/seluDerivative.ts has the formula). */
export function seluDerivativeKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? SELU_LAMBDA : SELU_LAMBDA_ALPHA * Math.exp(v);
  }
}

/** sigmoid's kernel (src/ops/activation/sigmoid.ts has the formula). */
export function sigmoidKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (v >= 0) o[i] = 1 / (1 + Math.exp(-v));
    else {
      const e = Math.exp(v);
      o[i] = e / (1 + e);
    }
  }
}

/** sigmoidDerivative's kernel (src/ops/activation/sigmoidDerivative.ts has the formula). */
export function sigmoidDerivativeKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    const e = Math.exp(-Math.abs(v));
    const s = 1 / (1 + e);
    o[i] = s * (e * s);
  }
}

/** softplus's kernel (src/ops/activation/softplus.ts has the formula). */
export function softplusKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    o[i] = Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
  }
}

/** tanh's kernel (src/ops/activation/tanh.ts has the formula). */
export function tanhKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    o[i] = Math.tanh(x[i]!);
  }
}

/** tanhDerivative's kernel (src/ops/activation/tanhDerivative.ts has the formula). */
export function tanhDerivativeKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    const e = Math.exp(-2 * Math.abs(x[i]!));
    const d = 1 + e;
    o[i] = (4 * e) / (d * d);
  }
}

/** exp's kernel (src/ops/math/exp.ts has the formula). */
export function expKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    o[i] = Math.exp(x[i]!);
  }
}

/** log's kernel (src/ops/math/log.ts has the formula). */
export function logKernel64(o: Elements, x: Elements, n: number): void {
  for (let i = 0; i < n; i++) {
    o[i] = Math.log(x[i]!);
  }
}
