/**
 * The elementwise ops whose files `pnpm --filter @nninit/tensor generate` writes (by
 * scripts/generateElementwise.ts): one entry per op. `expression` is the value of one output
 * element in JavaScript, written with `$a` and `$b` (binary ops) or `$x` (unary ops) for the
 * operands' elements; it is computed in float64 and rounded once into the output's dtype.
 * `summary`, `formula` and `example` make the op's TSDoc; test/elementwiseExamples.test.ts runs
 * the examples.
 */
export interface ElementwiseOp {
  /** The exported function's name, and its file's. */
  readonly name: string;
  /** Its folder under src/ops/. */
  readonly folder: 'arithmetic' | 'compare' | 'math';
  /** 2 (broadcasting binary op, a number allowed on either side) or 1 (unary op). */
  readonly arity: 1 | 2;
  /** One output element, from `$a`, `$b` (arity 2) or `$x` (arity 1). */
  readonly expression: string;
  /** The TSDoc's first sentence. */
  readonly summary: string;
  /** The formula of one element: cᵢ = … (binary) or yᵢ = … (unary). */
  readonly formula: string;
  /** One line of code and its result, shown as the TSDoc's @example. */
  readonly example: string;
}

export const elementwiseOps: readonly ElementwiseOp[] = [
  {
    name: 'add',
    folder: 'arithmetic',
    arity: 2,
    expression: '$a + $b',
    summary: 'Elementwise sum with numpy broadcasting.',
    formula: 'aᵢ + bᵢ',
    example: 'add(tensor([[1, 2], [3, 4]]), tensor([10, 20])).toArray(); // [[11, 22], [13, 24]]',
  },
  {
    name: 'div',
    folder: 'arithmetic',
    arity: 2,
    expression: '$a / $b',
    summary: 'Elementwise quotient with numpy broadcasting (IEEE 754: x/0 = ±∞, 0/0 = NaN).',
    formula: 'aᵢ / bᵢ',
    example: 'div(1, tensor([2, 4])).toArray(); // [0.5, 0.25]',
  },
  {
    name: 'maximum',
    folder: 'arithmetic',
    arity: 2,
    expression: 'Math.max($a, $b)',
    summary: 'Elementwise maximum with numpy broadcasting; NaN propagates (numpy `maximum`).',
    formula: 'max(aᵢ, bᵢ)',
    example: 'maximum(tensor([1, 5, 3]), tensor([4, 2, 6])).toArray(); // [4, 5, 6]',
  },
  {
    name: 'minimum',
    folder: 'arithmetic',
    arity: 2,
    expression: 'Math.min($a, $b)',
    summary: 'Elementwise minimum with numpy broadcasting; NaN propagates (numpy `minimum`).',
    formula: 'min(aᵢ, bᵢ)',
    example: 'minimum(tensor([1, 5, 3]), 2).toArray(); // [1, 2, 2]',
  },
  {
    name: 'mul',
    folder: 'arithmetic',
    arity: 2,
    expression: '$a * $b',
    summary: 'Elementwise (Hadamard) product with numpy broadcasting; with a number it scales.',
    formula: 'aᵢ · bᵢ',
    example: 'mul(tensor([1, 2, 3]), 2).toArray(); // [2, 4, 6]',
  },
  {
    name: 'sub',
    folder: 'arithmetic',
    arity: 2,
    expression: '$a - $b',
    summary: 'Elementwise difference with numpy broadcasting.',
    formula: 'aᵢ − bᵢ',
    example: 'sub(tensor([[1, 2], [3, 4]]), tensor([[1], [2]])).toArray(); // [[0, 1], [1, 2]]',
  },
  {
    name: 'equal',
    folder: 'compare',
    arity: 2,
    expression: '$a === $b ? 1 : 0',
    summary: "Elementwise a = b as a mask: 1 where true, 0 where false, in the operands' dtype (NaN equals nothing).",
    formula: '[aᵢ = bᵢ]',
    example: 'equal(tensor([1, 2, 3]), tensor([1, 0, 3])).toArray(); // [1, 0, 1]',
  },
  {
    name: 'greater',
    folder: 'compare',
    arity: 2,
    expression: '$a > $b ? 1 : 0',
    summary: "Elementwise a > b as a mask: 1 where true, 0 where false, in the operands' dtype.",
    formula: '[aᵢ > bᵢ]',
    example: 'greater(tensor([1, 2, 3]), 2).toArray(); // [0, 0, 1]',
  },
  {
    name: 'greaterEqual',
    folder: 'compare',
    arity: 2,
    expression: '$a >= $b ? 1 : 0',
    summary: "Elementwise a ≥ b as a mask: 1 where true, 0 where false, in the operands' dtype.",
    formula: '[aᵢ ≥ bᵢ]',
    example: 'greaterEqual(tensor([1, 2, 3]), 2).toArray(); // [0, 1, 1]',
  },
  {
    name: 'less',
    folder: 'compare',
    arity: 2,
    expression: '$a < $b ? 1 : 0',
    summary: "Elementwise a < b as a mask: 1 where true, 0 where false, in the operands' dtype.",
    formula: '[aᵢ < bᵢ]',
    example: 'less(tensor([1, 2, 3]), 2).toArray(); // [1, 0, 0]',
  },
  {
    name: 'lessEqual',
    folder: 'compare',
    arity: 2,
    expression: '$a <= $b ? 1 : 0',
    summary: "Elementwise a ≤ b as a mask: 1 where true, 0 where false, in the operands' dtype.",
    formula: '[aᵢ ≤ bᵢ]',
    example: 'lessEqual(tensor([1, 2, 3]), 2).toArray(); // [1, 1, 0]',
  },
  {
    name: 'notEqual',
    folder: 'compare',
    arity: 2,
    expression: '$a !== $b ? 1 : 0',
    summary:
      "Elementwise a ≠ b as a mask: 1 where true, 0 where false, in the operands' dtype (NaN differs from everything).",
    formula: '[aᵢ ≠ bᵢ]',
    example: 'notEqual(tensor([1, 2, 3]), tensor([1, 0, 3])).toArray(); // [0, 1, 0]',
  },
  {
    name: 'abs',
    folder: 'math',
    arity: 1,
    expression: 'Math.abs($x)',
    summary: 'Elementwise absolute value.',
    formula: '|xᵢ|',
    example: 'abs(tensor([-1.5, 2])).toArray(); // [1.5, 2]',
  },
  {
    name: 'neg',
    folder: 'math',
    arity: 1,
    expression: '-$x',
    summary: 'Elementwise negation.',
    formula: '−xᵢ',
    example: 'neg(tensor([1, -2])).toArray(); // [-1, 2]',
  },
  {
    name: 'sqrt',
    folder: 'math',
    arity: 1,
    expression: 'Math.sqrt($x)',
    summary: 'Elementwise square root (NaN below 0); correctly rounded in float32 too.',
    formula: '√xᵢ',
    example: 'sqrt(tensor([4, 9])).toArray(); // [2, 3]',
  },
];
