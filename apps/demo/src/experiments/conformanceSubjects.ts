import { conformanceSubjects as initConformanceSubjects } from '@nninit/init';
import type { ConformanceSubject } from './ConformanceSubject.js';

/**
 * The suite: @nninit/init's `conformanceSubjects`, the single list in which every built-in
 * initializer declares, next to its definition, its default parameters and the parameters that
 * change its formula (fan mode, nonlinearity, gain, truncation, scale), drawing float32 and
 * float64 from Philox seeds and float64 from numpy's RandomState stream. The i.i.d. initializers
 * go through verify's harness on generated dense and convolution shapes; orthogonal,
 * delta_orthogonal, identity, dirac and sparse get exact structural checks (and statistical ones
 * where their entries have a law: Haar for orthogonal, the nonzeros of sparse).
 *
 * @example
 * ```ts
 * new Set(conformanceSubjects.map((s) => s.name)).size === Object.keys(initializers).length; // true: every canonical name
 * ```
 */
export const conformanceSubjects: readonly ConformanceSubject[] = initConformanceSubjects;
