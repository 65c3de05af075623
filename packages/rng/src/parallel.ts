export { FillPool } from './FillPool.js';
