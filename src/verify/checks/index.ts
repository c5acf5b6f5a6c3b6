import type { Check } from '../types.js';
import { build } from './build.js';
import { config } from './config.js';
import { context } from './context.js';
import { cors } from './cors.js';
import { filesystem } from './filesystem.js';
import { gpu } from './gpu.js';
import { health } from './health.js';
import { healthcheck } from './healthcheck.js';
import { processCheck } from './process.js';
import { readiness } from './readiness.js';
import { requiredEnv } from './required-env.js';
import { secrets } from './secrets.js';
import { shutdown } from './shutdown.js';
import { size } from './size.js';
import { startup } from './startup.js';

/** Every check, in report order. Adding one: its file, its docs/checks page, its test, and this line. */
export const checks: Check[] = [
  build,
  context,
  size,
  config,
  secrets,
  startup,
  health,
  healthcheck,
  readiness,
  requiredEnv,
  processCheck,
  shutdown,
  filesystem,
  cors,
  gpu,
];
