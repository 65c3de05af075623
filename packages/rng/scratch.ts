import { FillPool, philox } from './src/index.js';
const pool = new FillPool(2);
const n = 1e7;
const a = new Float32Array(n); philox(5).fillNormal(a);
const b = new Float32Array(new SharedArrayBuffer(4 * n)); const src = philox(5);
await pool.fillNormal(src, b);
console.log('equal', a.every((v, i) => Object.is(v, b[i])), src.position);
for (let rep = 0; rep < 4; rep++) {
  let t = performance.now(); philox(rep).fillNormal(a); const one = performance.now() - t;
  t = performance.now(); await pool.fillNormal(philox(rep), b); const two = performance.now() - t;
  console.log('1 thread', one.toFixed(1), '2 workers', two.toFixed(1));
}
await pool.close();
