import { PhiloxSource } from '../../PhiloxSource.js';
import { RandomState } from '../../RandomState.js';
import { NORMAL_LARGEST, POLAR_LARGEST, ZIGGURAT_LARGEST } from './finiteRange.js';

/**
 * The largest |z| a source's standard normals can reach: the ziggurat's for a PhiloxSource,
 * the polar method's for a RandomState, the larger of the two for any other RandomSource.
 */
export function largestNormal(source: unknown): number {
  if (source instanceof PhiloxSource) return ZIGGURAT_LARGEST;
  if (source instanceof RandomState) return POLAR_LARGEST;
  return NORMAL_LARGEST;
}
