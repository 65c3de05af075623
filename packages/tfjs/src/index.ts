export type { TfjsAuditOptions } from './audit/auditTfjsInitializers.js';
export { auditTfjsInitializers } from './audit/auditTfjsInitializers.js';
export type { TfjsAuditCheck, TfjsAuditReport, TfjsAuditRow } from './audit/TfjsAuditReport.js';
export { type InitializerOptions, initializer } from './initializer.js';
export { NninitInitializer } from './NninitInitializer.js';
