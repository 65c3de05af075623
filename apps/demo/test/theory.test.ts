import { describe, expect, it } from 'vitest';
import { declaredWeightVariance } from '../src/report/declaredWeightVariance.js';
import { predictedVariance } from '../src/report/predictedVariance.js';

// The mean-field numbers the reports draw, against the closed forms for ReLU: q¹ = σ₁²·mean(x²),
// q^(l+1) = σ²·q^l/2 with σ² = fan_in·Var[w] (Poole et al. 2016; He et al. 2015).
describe('declaredWeightVariance and predictedVariance', () => {
  it('σ_w² = fan_in·Var[w] from the declared distribution (the @example)', () => {
    expect(declaredWeightVariance('he', [10, 5])).toBeCloseTo(2, 14);
    expect(declaredWeightVariance({ name: 'random', scale: 10 }, [10, 2])).toBeCloseTo(200, 12);
    expect(declaredWeightVariance('zeros', [10, 2])).toBe(0);
    expect(declaredWeightVariance('he_uniform', [10, 5])).toBeCloseTo(2, 14); // U(±√(6/5)): b²/3·5
    expect(declaredWeightVariance('orthogonal', [4, 4])).toBeUndefined();
  });

  it('He keeps q, Xavier halves it on square layers, random 1.0 multiplies it by width/2, zeros is 0 (the @example)', () => {
    const sizes = [2, 100, 100, 100];
    const he = predictedVariance('relu', 'he', sizes, 1.5)!;
    he.forEach((q) => expect(q).toBeCloseTo(3, 12));
    const xavier = predictedVariance('relu', 'glorot_normal', sizes, 1.5)!;
    expect(xavier[0]).toBeCloseTo(((2 * 2) / 102) * 1.5, 14); // first layer: fan_in·2/(fan_in + fan_out)
    expect(xavier[2]! / xavier[1]!).toBeCloseTo(0.5, 14);
    const one = predictedVariance('relu', { name: 'normal', std: 1 }, sizes, 1.5)!;
    expect(one[2]! / one[1]!).toBeCloseTo(50, 12);
    expect(predictedVariance('relu', 'zeros', sizes, 1.5)).toEqual([0, 0, 0]);
    expect(predictedVariance('relu', 'orthogonal', sizes, 1.5)).toBeUndefined();
  });
});
