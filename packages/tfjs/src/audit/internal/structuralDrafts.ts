import { checkSamples, uniform } from '@nninit/verify';
import { initializers } from '@tensorflow/tfjs-layers';
import type { AuditDraft, DraftCheck } from './AuditDraft.js';
import { drawTfjs } from './drawTfjs.js';
import { orthonormalDeviation } from './orthonormalDeviation.js';
import { thrown } from './statisticalDraft.js';

const TSDOC = 'tfjs-layers 4.22 TSDoc (dist/exports_initializers.d.ts)';
/** float32 rounding tolerance on the Gram matrix, times gain² (as apps/demo's structuredChecks). */
const TOLERANCE = 1e-4;
/** Orthogonal's shapes: square, wide, tall, and a conv kernel (flattened to ∏shape[:-1] × shape[-1] = 36 × 8). */
const ORTHOGONAL_SHAPES: readonly (readonly number[])[] = [
  [32, 32],
  [20, 40],
  [40, 20],
  [3, 3, 4, 8],
];
/** 3 × 3 draws pooled for the Haar check of orthogonal's corner entry. */
export const HAAR_DRAWS = 1000;

const CHAINED_OPS =
  "tfjs-layers' Orthogonal.apply calls chained tensor methods (rMat.flatten(), .stridedSlice, .sign, .transpose, .reshape), which tfjs-core registers only in dist/public/chained_ops/register_all_chained_ops (imported by the @tensorflow/tfjs bundle), not in its Node entry point: with tfjs-core and tfjs-layers alone it throws";

/**
 * The structured initializers, checked exactly: identity's values; orthogonal's orthonormality
 * on a square, a wide, a tall and a conv shape, plus the law of its corner entry over
 * {@link HAAR_DRAWS} seeded 3 × 3 draws (uniform(−1, 1) exactly when Q is Haar-distributed:
 * Archimedes' hat-box theorem; Mezzadri 2007 for the sign fix that makes QR's Q Haar).
 * A structured initializer that throws is a failed "runs" check with the error.
 */
export function structuralDrafts(seed: number): AuditDraft[] {
  const identityValues = drawTfjs(initializers.identity({ gain: 2 }), [16, 16]);
  let wrong = 0;
  for (let i = 0; i < 16; i++)
    for (let j = 0; j < 16; j++) if (identityValues[i * 16 + j] !== (i === j ? 2 : 0)) wrong++;
  const identity: AuditDraft = {
    initializer: 'identity',
    configuration: '{ gain: 2 }, [16, 16]',
    target: '2·I',
    citation: `${TSDOC} identity: "generates the identity matrix", times gain (IdentityArgs)`,
    n: 256,
    seed: null,
    varianceRatio: null,
    canary: false,
    note: false,
    diagnosis: 'elements differ from gain·I',
    checks: [
      {
        test: 'exact-values',
        statistic: wrong,
        pValue: null,
        rejected: wrong !== 0,
        detail: `${wrong} of 256 elements differ from 2·I`,
      },
    ],
  };
  let nonSquare: DraftCheck;
  try {
    drawTfjs(initializers.identity({}), [3, 4]);
    nonSquare = { test: 'non-square', statistic: 0, pValue: null, rejected: false, detail: 'returned a tensor' };
  } catch (error) {
    nonSquare = { ...thrown(error), test: 'non-square', rejected: false };
  }
  const identityNote: AuditDraft = {
    initializer: 'identity',
    configuration: '{}, [3, 4]',
    target: 'none: "Only use for square 2D matrices"',
    citation: `${TSDOC} identity`,
    n: 0,
    seed: null,
    varianceRatio: null,
    canary: false,
    note: true,
    diagnosis: `a non-square shape: ${nonSquare.detail} (as its TSDoc warns; no partial identity)`,
    checks: [nonSquare],
  };
  return [identity, identityNote, ...orthogonalDrafts(seed)];
}

function orthogonalDrafts(seed: number): AuditDraft[] {
  const base = {
    initializer: 'orthogonal',
    citation: `${TSDOC} orthogonal: "generates a random orthogonal matrix" (Saxe et al. 2014), times gain`,
    varianceRatio: null,
    canary: false,
    note: false,
  };
  const checks: DraftCheck[] = [];
  let elements = 0;
  for (const [k, shape] of ORTHOGONAL_SHAPES.entries()) {
    const cols = shape[shape.length - 1]!;
    const rows = shape.reduce((p, d) => p * d, 1) / cols;
    try {
      const values = drawTfjs(initializers.orthogonal({ gain: 2, seed: seed + k }), shape);
      const deviation = orthonormalDeviation(values, rows, cols, 2);
      elements += values.length;
      checks.push({
        test: 'orthonormality',
        statistic: deviation,
        pValue: null,
        rejected: !(deviation <= TOLERANCE * 4),
        detail: `max |${rows >= cols ? 'WᵀW' : 'WWᵀ'} − 4·I| = ${deviation.toExponential(2)} for [${shape.join(', ')}] as ${rows} × ${cols}`,
      });
    } catch (error) {
      return [
        {
          ...base,
          configuration: `{ gain: 2, seed }, [${shape.join(', ')}]`,
          target: 'gain·Q, Q with orthonormal rows or columns',
          n: 0,
          seed: seed + k,
          diagnosis: CHAINED_OPS,
          checks: [thrown(error)],
        },
      ];
    }
  }
  const structure: AuditDraft = {
    ...base,
    configuration: `{ gain: 2, seed }, ${ORTHOGONAL_SHAPES.map((s) => `[${s.join(', ')}]`).join(' ')}`,
    target: 'gain·Q, Q with orthonormal rows or columns (of ∏shape[:-1] × shape[-1])',
    n: elements,
    seed,
    diagnosis: 'not gain times an orthogonal matrix',
    checks,
  };
  const corner = Float64Array.from({ length: HAAR_DRAWS }, (_, k) => {
    return drawTfjs(initializers.orthogonal({ seed: seed + k }), [3, 3])[0]!;
  });
  const haar = checkSamples(corner, uniform(-1, 1));
  const law: AuditDraft = {
    ...base,
    configuration: `{ seed }, [3, 3], W[0, 0] over seeds seed … seed + ${HAAR_DRAWS - 1}`,
    target: 'Haar: W[0, 0] ~ uniform(−1, 1)',
    n: HAAR_DRAWS,
    seed,
    varianceRatio: corner.reduce((s, x) => s + x * x, 0) / HAAR_DRAWS / (1 / 3),
    diagnosis: 'the corner entry is not uniform(−1, 1): Q is not Haar-distributed (measured variance {ratio}× 1/3)',
    checks: haar.checks.map((c) => ({ test: c.test, statistic: c.statistic, pValue: c.pValue, detail: c.detail })),
  };
  return [structure, law];
}
