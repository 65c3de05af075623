export { verifyMatchers } from './vitest/verifyMatchers.js';
