import { isPathOrUrl, matchSub, packageArgs } from '../helpers/packages.js';
import { defineRule } from '../types.js';

// `go install` build flags that take the next word as their value.
const valueFlags = [
  '-C',
  '-p',
  '-tags',
  '-ldflags',
  '-gcflags',
  '-asmflags',
  '-mod',
  '-modfile',
  '-pkgdir',
  '-toolexec',
  '-overlay',
  '-pgo',
];

export default defineRule({
  id: 'DS2020',
  name: 'go-install-version',
  aliases: ['DL3062'],
  severity: 'warning',
  description:
    '`go install`, `go get` and `go run` of a module path should name a version: `go install example.com/cmd@v1.2.3`.',
  messages: {
    missing:
      '{{name}} has no @version; go install needs one outside a module, and the build is not repeatable without it',
    latest: '{{name}} resolves to whatever is newest at build time; pin an exact @version',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      const sub = command.name === 'go' && matchSub(command, ['install', 'get', 'run'], valueFlags);
      if (!sub) continue;
      // `go run <package> [arguments…]`: only the first word is a package; a `.go` file is local.
      const words = packageArgs(command, valueFlags).slice(0, sub.value === 'run' ? 1 : undefined);
      for (const word of words) {
        // Packages of the module being built (`.`, `./cmd/...`) are versioned by go.mod.
        if (isPathOrUrl(word) || word.value.endsWith('.go')) continue;
        const at = word.value.lastIndexOf('@');
        if (at === -1) report({ messageId: 'missing', data: { name: word.value }, range: word.range });
        else if (/^@(latest|master|main|HEAD)$/.test(word.value.slice(at)))
          report({ messageId: 'latest', data: { name: word.value }, range: word.range });
      }
    }
  },
});
