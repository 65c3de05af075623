export { nninitProject as default } from '../../vitest.shared.js';
