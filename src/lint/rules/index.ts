import type { Rule } from '../types.js';
import aptGetYes from './apt-get-yes.js';
import aptListsCleanup from './apt-lists-cleanup.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import syntaxError from './syntax-error.js';

/** Every rule. Adding a rule: import it here and add it to the list (the list is sorted by id below). */
const list: Rule[] = [syntaxError, aptGetYes, aptNoInstallRecommends, aptListsCleanup, pipNoCacheDir];

export const rules: readonly Rule[] = list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
