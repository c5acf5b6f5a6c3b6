import { packageVersion } from './package-root.js';

export const version: string = packageVersion();
