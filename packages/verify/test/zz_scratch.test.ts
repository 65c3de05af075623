import { it } from 'vitest';
import { standardNormalCdf } from '../src/special/standardNormalCdf.js';

it('x', () => {
  console.log('PHI', standardNormalCdf(-30), standardNormalCdf(-30.000000000000004));
});
