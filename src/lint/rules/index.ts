import type { Rule } from '../types.js';
import addExtractsArchives from './add-extracts-archives.js';
import apkNoCache from './apk-no-cache.js';
import apkPinVersions from './apk-pin-versions.js';
import aptGetNoDistUpgrade from './apt-get-no-dist-upgrade.js';
import aptGetPinVersions from './apt-get-pin-versions.js';
import aptGetYes from './apt-get-yes.js';
import aptListsCleanup from './apt-lists-cleanup.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import backtickSubstitution from './backtick-substitution.js';
import baseImageEndOfLife from './base-image-end-of-life.js';
import chmodWorldWritable from './chmod-world-writable.js';
import consecutiveRuns from './consecutive-runs.js';
import consistentInstructionCasing from './consistent-instruction-casing.js';
import contractBaseImage from './contract-base-image.js';
import contractCorsOrigins from './contract-cors-origins.js';
import contractEntrypoint from './contract-entrypoint.js';
import contractHealthcheckTarget from './contract-healthcheck-target.js';
import contractHealthcheckTiming from './contract-healthcheck-timing.js';
import contractPort from './contract-port.js';
import contractSecretInBuild from './contract-secret-in-build.js';
import contractServerInterface from './contract-server-interface.js';
import contractUser from './contract-user.js';
import copyDependenciesFirst from './copy-dependencies-first.js';
import copyDestTrailingSlash from './copy-dest-trailing-slash.js';
import copyFromOwnStage from './copy-from-own-stage.js';
import copyFromRoot from './copy-from-root.js';
import copyFromUnknownStage from './copy-from-unknown-stage.js';
import copyIgnoredFile from './copy-ignored-file.js';
import copyMissingDestination from './copy-missing-destination.js';
import copyRelativeDestWorkdir from './copy-relative-dest-workdir.js';
import copySecretFile from './copy-secret-file.js';
import copySourceMissing from './copy-source-missing.js';
import corsOriginRegexDots from './cors-origin-regex-dots.js';
import corsWildcardOrigin from './cors-wildcard-origin.js';
import curlInsecure from './curl-insecure.js';
import dnfCleanAll from './dnf-clean-all.js';
import dnfPinVersions from './dnf-pin-versions.js';
import dnfYes from './dnf-yes.js';
import dockerignoreSecrets from './dockerignore-secrets.js';
import downloadUnverified from './download-unverified.js';
import editableInstallCopied from './editable-install-copied.js';
import envSelfReference from './env-self-reference.js';
import envSpacedEquals from './env-spaced-equals.js';
import execFormInvalidJson from './exec-form-invalid-json.js';
import exposeInvalidFormat from './expose-invalid-format.js';
import exposePortRange from './expose-port-range.js';
import exposeProtoCasing from './expose-proto-casing.js';
import firstInstructionFrom from './first-instruction-from.js';
import floatingTag from './floating-tag.js';
import fromAsCasing from './from-as-casing.js';
import fromPlatformConstant from './from-platform-constant.js';
import gemPinVersions from './gem-pin-versions.js';
import gitSslVerify from './git-ssl-verify.js';
import globAsOption from './glob-as-option.js';
import goInstallVersion from './go-install-version.js';
import healthcheckProgramMissing from './healthcheck-program-missing.js';
import healthcheckRequired from './healthcheck-required.js';
import huggingfaceLayout from './huggingface-layout.js';
import invalidDefaultArgInFrom from './invalid-default-arg-in-from.js';
import jsonArgsRecommended from './json-args-recommended.js';
import labelKeyFormat from './label-key-format.js';
import labelSchema from './label-schema.js';
import labelValueEmpty from './label-value-empty.js';
import legacyKeyValueFormat from './legacy-key-value-format.js';
import maintainerDeprecated from './maintainer-deprecated.js';
import maskedExitStatus from './masked-exit-status.js';
import microdnfCleanAll from './microdnf-clean-all.js';
import noCdInRun from './no-cd-in-run.js';
import noChpasswd from './no-chpasswd.js';
import noDevDependencies from './no-dev-dependencies.js';
import noDevServer from './no-dev-server.js';
import noEmptyContinuation from './no-empty-continuation.js';
import noInlineIgnore from './no-inline-ignore.js';
import noLatestTag from './no-latest-tag.js';
import noPointlessCommands from './no-pointless-commands.js';
import noRootUser from './no-root-user.js';
import noSshPort from './no-ssh-port.js';
import noSudo from './no-sudo.js';
import noUntaggedImage from './no-untagged-image.js';
import notAnalysed from './not-analysed.js';
import npmPinVersions from './npm-pin-versions.js';
import npmStrictSsl from './npm-strict-ssl.js';
import onbuildTriggerAllowed from './onbuild-trigger-allowed.js';
import pipInstallCommandWord from './pip-install-command-word.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import pipPinVersions from './pip-pin-versions.js';
import pipTrustedHost from './pip-trusted-host.js';
import pipefail from './pipefail.js';
import pragmaUnknownRule from './pragma-unknown-rule.js';
import preferCopy from './prefer-copy.js';
import pythonUnbuffered from './python-unbuffered.js';
import redundantTargetPlatform from './redundant-target-platform.js';
import reservedStageName from './reserved-stage-name.js';
import secretsInArgEnv from './secrets-in-arg-env.js';
import serverBindHost from './server-bind-host.js';
import shellWrapperExec from './shell-wrapper-exec.js';
import signatureBypass from './signature-bypass.js';
import singleCmd from './single-cmd.js';
import singleDownloader from './single-downloader.js';
import singleEntrypoint from './single-entrypoint.js';
import singleHealthcheck from './single-healthcheck.js';
import singleQuotedExpansion from './single-quoted-expansion.js';
import sitePackagesWithoutScripts from './site-packages-without-scripts.js';
import stageNameCasing from './stage-name-casing.js';
import syntaxError from './syntax-error.js';
import systemDirectory from './system-directory.js';
import tlsVerifyEnv from './tls-verify-env.js';
import trustedRegistries from './trusted-registries.js';
import uncheckedCd from './unchecked-cd.js';
import undefinedVariable from './undefined-variable.js';
import uniqueStageNames from './unique-stage-names.js';
import unquotedExpansion from './unquoted-expansion.js';
import unquotedSubstitution from './unquoted-substitution.js';
import updateWithInstall from './update-with-install.js';
import useAptGet from './use-apt-get.js';
import useShellInstruction from './use-shell-instruction.js';
import userNumeric from './user-numeric.js';
import userRequired from './user-required.js';
import useraddNoLogInit from './useradd-no-log-init.js';
import uvNoCache from './uv-no-cache.js';
import wgetNoCheckCertificate from './wget-no-check-certificate.js';
import wgetProgress from './wget-progress.js';
import workdirAbsolute from './workdir-absolute.js';
import yarnCacheClean from './yarn-cache-clean.js';
import yumCleanAll from './yum-clean-all.js';
import yumPinVersions from './yum-pin-versions.js';
import yumSslverify from './yum-sslverify.js';
import yumYes from './yum-yes.js';
import zypperClean from './zypper-clean.js';
import zypperNoDistUpgrade from './zypper-no-dist-upgrade.js';
import zypperPinVersions from './zypper-pin-versions.js';
import zypperYes from './zypper-yes.js';

/** Every rule. Adding a rule: import it here and add it to the list (sorted by id below). */
const list: Rule[] = [
  addExtractsArchives,
  apkNoCache,
  apkPinVersions,
  aptGetNoDistUpgrade,
  aptGetPinVersions,
  aptGetYes,
  aptListsCleanup,
  aptNoInstallRecommends,
  backtickSubstitution,
  unquotedExpansion,
  unquotedSubstitution,
  maskedExitStatus,
  uncheckedCd,
  globAsOption,
  singleQuotedExpansion,
  consecutiveRuns,
  consistentInstructionCasing,
  contractBaseImage,
  contractCorsOrigins,
  contractEntrypoint,
  contractHealthcheckTarget,
  contractHealthcheckTiming,
  contractPort,
  contractSecretInBuild,
  contractServerInterface,
  contractUser,
  copyDependenciesFirst,
  copyDestTrailingSlash,
  copyFromOwnStage,
  copyFromRoot,
  copyFromUnknownStage,
  copyIgnoredFile,
  copyRelativeDestWorkdir,
  copySecretFile,
  copySourceMissing,
  corsOriginRegexDots,
  corsWildcardOrigin,
  curlInsecure,
  dnfCleanAll,
  dnfPinVersions,
  dnfYes,
  dockerignoreSecrets,
  editableInstallCopied,
  envSelfReference,
  envSpacedEquals,
  execFormInvalidJson,
  exposeInvalidFormat,
  exposePortRange,
  exposeProtoCasing,
  firstInstructionFrom,
  fromAsCasing,
  fromPlatformConstant,
  gemPinVersions,
  gitSslVerify,
  goInstallVersion,
  healthcheckProgramMissing,
  healthcheckRequired,
  huggingfaceLayout,
  invalidDefaultArgInFrom,
  jsonArgsRecommended,
  labelKeyFormat,
  labelValueEmpty,
  legacyKeyValueFormat,
  maintainerDeprecated,
  microdnfCleanAll,
  noCdInRun,
  noChpasswd,
  noDevDependencies,
  noDevServer,
  noEmptyContinuation,
  noInlineIgnore,
  notAnalysed,
  pragmaUnknownRule,
  noLatestTag,
  floatingTag,
  labelSchema,
  downloadUnverified,
  copyMissingDestination,
  pipInstallCommandWord,
  chmodWorldWritable,
  baseImageEndOfLife,
  noPointlessCommands,
  noRootUser,
  noSshPort,
  noSudo,
  noUntaggedImage,
  npmPinVersions,
  npmStrictSsl,
  onbuildTriggerAllowed,
  pipefail,
  pipNoCacheDir,
  pipPinVersions,
  pipTrustedHost,
  preferCopy,
  pythonUnbuffered,
  redundantTargetPlatform,
  reservedStageName,
  secretsInArgEnv,
  serverBindHost,
  shellWrapperExec,
  signatureBypass,
  singleCmd,
  singleDownloader,
  singleEntrypoint,
  singleHealthcheck,
  sitePackagesWithoutScripts,
  stageNameCasing,
  syntaxError,
  systemDirectory,
  tlsVerifyEnv,
  trustedRegistries,
  undefinedVariable,
  uniqueStageNames,
  updateWithInstall,
  useAptGet,
  useraddNoLogInit,
  userNumeric,
  userRequired,
  useShellInstruction,
  uvNoCache,
  wgetNoCheckCertificate,
  wgetProgress,
  workdirAbsolute,
  yarnCacheClean,
  yumCleanAll,
  yumPinVersions,
  yumSslverify,
  yumYes,
  zypperClean,
  zypperNoDistUpgrade,
  zypperPinVersions,
  zypperYes,
];

export const rules: readonly Rule[] = list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
