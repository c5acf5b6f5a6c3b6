// dockspec import's library API.
export { type ImportOutcome, importDocuments, importDocumentsSync } from './import.js';
export { lintImported } from './lint-document.js';
export { formatImportReport, importJson } from './report.js';
export type * from './types.js';
