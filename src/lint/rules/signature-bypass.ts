import { findFlag, type Word } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

// Per program, the options that install packages without checking their signatures.
const bypass: Record<string, string[]> = {
  apk: ['--allow-untrusted'],
  'apt-get': ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories'],
  apt: ['--allow-unauthenticated', '--allow-insecure-repositories'],
  yum: ['--nogpgcheck'],
  dnf: ['--nogpgcheck', '--no-gpgchecks'],
  microdnf: ['--nogpgcheck'],
  tdnf: ['--nogpgcheck'],
  rpm: ['--nosignature', '--nodigest', '--nofiledigest', '--noverify'],
  zypper: ['--no-gpg-checks'],
};
const optionOff =
  /^(APT::Get::AllowUnauthenticated=(true|1|yes)|Acquire::AllowInsecureRepositories=(true|1|yes)|(--setopt=)?([\w*-]+\.)?(repo_)?gpgcheck=(0|false|no))$/i;

export default defineRule({
  id: 'DS3024',
  name: 'signature-bypass',
  aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
  severity: 'error',
  description: 'Package managers must not install packages without checking their signatures.',
  messages: {
    bypass:
      '{{name}} {{flag}} installs packages without checking their signatures, so a tampered mirror goes unnoticed; import the repository key instead',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      const flags = bypass[command.name];
      if (!flags) continue;
      const hit: Word | undefined =
        findFlag(command, ...flags) ?? command.args.find((a) => optionOff.test(a.value));
      if (hit)
        report({ messageId: 'bypass', data: { name: command.name, flag: hit.value }, range: hit.range });
    }
  },
});
