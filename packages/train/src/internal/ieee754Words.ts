/**
 * The IEEE-754 word access of the fdlibm ports (exp, expm1, tanh, log, log1p, pow in this
 * folder), shared: fdlibm reads and writes a double as two 32-bit words (`__HI(x)`, `__LO(x)`),
 * here through one Float64Array and a Uint32Array view of its buffer. Each port copies the
 * functions it uses into module-local constants (`const { highWord } = ieee754Words`), so that
 * a test runner that turns imported bindings into getters (Vite's module runner, under vitest)
 * adds nothing to the hot paths. The scratch double is shared by every port: each function here
 * finishes with it before it returns, and no port holds a value in it across a call.
 */
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
// The high word's index: 1 on little-endian hosts (every engine nninit runs on), 0 otherwise.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

export const ieee754Words = {
  /** x's high 32 bits (sign, exponent, top of the fraction) as a signed integer, fdlibm's `__HI(x)`. */
  highWord(x: number): number {
    float[0] = x;
    return (words[HI] as number) | 0;
  },
  /** x's low 32 bits as an unsigned integer, fdlibm's `__LO(x)`. */
  lowWord(x: number): number {
    float[0] = x;
    return words[LO] as number;
  },
  /** x with its high word replaced by `hi` (its low word kept): `__HI(x) = hi`. */
  withHighWord(x: number, hi: number): number {
    float[0] = x;
    words[HI] = hi >>> 0;
    return float[0] as number;
  },
  /** x with its low word cleared: the `__LO(x) = 0` splits of fdlibm. */
  withZeroLowWord(x: number): number {
    float[0] = x;
    words[LO] = 0;
    return float[0] as number;
  },
  /** The double whose high word is `hi` and low word `lo`. */
  fromWords(hi: number, lo: number): number {
    words[HI] = hi >>> 0;
    words[LO] = lo >>> 0;
    return float[0] as number;
  },
};
