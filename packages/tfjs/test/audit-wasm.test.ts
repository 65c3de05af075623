import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { auditTfjsInitializers } from '@nninit/tfjs';
import { setBackend } from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';

it('audits whatever backend is active: the same rows on wasm as on cpu', async () => {
  await setBackend('cpu');
  const cpu = auditTfjsInitializers();
  expect(await setBackend('wasm')).toBe(true);
  const wasm = auditTfjsInitializers();
  expect([cpu.tfjs.backend, wasm.tfjs.backend]).toEqual(['cpu', 'wasm']);
  // tfjs draws its random numbers in JavaScript (tfjs-core rand_util) and uploads them, so the
  // backends must agree to the bit; the zeros, ones, constant and identity kernels run on each.
  expect(wasm.rows).toEqual(cpu.rows);
});
