import type { Rule } from '../types.js';
import aptGetYes from './apt-get-yes.js';
import aptListsCleanup from './apt-lists-cleanup.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import contractPort from './contract-port.js';
import contractUser from './contract-user.js';
import copyIgnoredFile from './copy-ignored-file.js';
import copySourceMissing from './copy-source-missing.js';
import corsWildcardOrigin from './cors-wildcard-origin.js';
import execFormInvalidJson from './exec-form-invalid-json.js';
import healthcheckProgramMissing from './healthcheck-program-missing.js';
import jsonArgsRecommended from './json-args-recommended.js';
import noLatestTag from './no-latest-tag.js';
import noUntaggedImage from './no-untagged-image.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import serverBindHost from './server-bind-host.js';
import syntaxError from './syntax-error.js';
import undefinedVariable from './undefined-variable.js';

/** Every rule. Adding a rule: import it here and add it to the list (sorted by id below). */
const list: Rule[] = [
  aptGetYes,
  aptListsCleanup,
  aptNoInstallRecommends,
  contractPort,
  contractUser,
  copyIgnoredFile,
  copySourceMissing,
  corsWildcardOrigin,
  execFormInvalidJson,
  healthcheckProgramMissing,
  jsonArgsRecommended,
  noLatestTag,
  noUntaggedImage,
  pipNoCacheDir,
  serverBindHost,
  syntaxError,
  undefinedVariable,
];

export const rules: readonly Rule[] = list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
