import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/** A validator of the official SARIF 2.1.0 schema (as @microsoft/jest-sarif ships it). */
export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const schema = structuredClone(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  // The schema is draft-04; ajv 8 reads it once `id` is `$id` and the draft marker is dropped.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('uri-reference', /^[^\s]*$/);
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  return ajv.compile(schema);
}
