import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { rules } from '../../src/lint/index.js';
import { lintWith } from './harness.js';

// --fix may only apply an edit the shell parse proves keeps what the build does. These shapes put a
// command that a fixable rule flags where an edit is not provably safe; the file must stay as it is,
// and the edit is offered as a suggestion. The plain shape shows the rule does fix it there.

const byName = (name: string) => {
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  return rule;
};

/** Fixable rules that edit inside a RUN command (a flag), with a command each flags. */
const flagInserters: Record<string, string> = {
  'apt-get-yes': 'apt-get install --no-install-recommends curl=7.88.1-10',
  'apt-no-install-recommends': 'apt-get install -y curl=7.88.1-10',
  'apk-no-cache': 'apk add curl=8.5.0-r0',
  'pip-no-cache-dir': 'pip install fastapi==0.115.0',
  'dnf-yes': 'dnf install curl-8.2.1',
  'yum-yes': 'yum install curl-7.29.0',
  'zypper-yes': 'zypper install curl=8.0.1',
  'wget-progress': 'wget -O /tmp/x.tgz https://example.com/x.tgz',
  'useradd-no-log-init': 'useradd -u 123456 app',
  'use-apt-get': 'apt install -y curl=7.88.1-10',
};

/** Where a command runs in another shell, or is data: an edit there is never applied. */
const unsafeShapes: Record<string, (cmd: string) => string> = {
  'command substitution': (c) => `RUN echo "$(${c})"`,
  backticks: (c) => `RUN echo \`${c}\``,
  subshell: (c) => `RUN (${c})`,
  'process substitution': (c) => `RUN cat <(${c})`,
  function: (c) => `RUN setup() { ${c}; } && setup`,
  'heredoc RUN': (c) => `RUN <<EOF\n${c}\nEOF`,
  'heredoc data': (c) => `RUN cat > /setup.sh <<'EOF'\n${c}\nEOF`,
  'exec-form sh -c': (c) => `RUN ["sh", "-c", ${JSON.stringify(c)}]`,
  'sh -c string': (c) => `RUN sh -c ${JSON.stringify(c)}`,
  'su -c string': (c) => `RUN su nobody -c '${c}'`,
};

const dockerfile = (body: string) => `FROM debian:12-slim\n${body}\n`;

describe('--fix never edits where the shell parse cannot prove the meaning is kept', () => {
  beforeAll(() => initShellParser());

  for (const [name, cmd] of Object.entries(flagInserters)) {
    describe(name, () => {
      const rule = byName(name);

      it('fixes the plain command', () => {
        const result = lintWith(rule, dockerfile(`RUN ${cmd}`), {}, true);
        expect(result.output, 'the plain shape is fixed').toBeDefined();
      });

      for (const [shape, wrap] of Object.entries(unsafeShapes)) {
        it(`leaves it alone in a ${shape}`, () => {
          const code = dockerfile(wrap(cmd));
          expect(lintWith(rule, code, {}, true).output ?? code).toBe(code);
          for (const f of lintWith(rule, code).findings) expect(f.fix).toBeUndefined();
        });
      }

      it('offers the edit as a suggestion inside $(…)', () => {
        const findings = lintWith(rule, dockerfile(unsafeShapes['command substitution'](cmd))).findings;
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.every((f) => f.suggestion && !f.fix)).toBe(true);
      });
    });
  }
});

/** Rules that append `&& <clean>` to the end of a RUN, with an install each flags. */
const appenders: Record<string, string> = {
  'apt-lists-cleanup': 'apt-get install -y --no-install-recommends curl=7.88.1-10',
  'dnf-clean-all': 'dnf install -y curl-8.2.1',
  'yum-clean-all': 'yum install -y curl-7.29.0',
  'zypper-clean': 'zypper -n install curl=8.0.1',
  'yarn-cache-clean': 'yarn add left-pad@1.3.0',
};

/** Scripts after which `&& clean` would change the order or the conditions of effects. */
const unsafeEndings: Record<string, (cmd: string) => string> = {
  'after ;': (c) => `RUN ${c}; echo done`,
  'after ||': (c) => `RUN ${c} || true`,
  'a || earlier in the chain': (c) => `RUN false || ${c}`,
  'a trailing subshell': (c) => `RUN ${c} && (cd /tmp && ls)`,
  'a trailing redirect': (c) => `RUN ${c} > /var/log/install.log 2>&1`,
  'a pipeline': (c) => `RUN ${c} | tee /var/log/install.log`,
  'a background job': (c) => `RUN ${c} &`,
  'a heredoc': (c) => `RUN <<EOF\n${c}\nEOF`,
};

describe('--fix appends a clean-up only to a plain && chain', () => {
  beforeAll(() => initShellParser());

  for (const [name, cmd] of Object.entries(appenders)) {
    describe(name, () => {
      const rule = byName(name);

      it('appends after a && chain, after the whole of a trailing $(…)', () => {
        const code = dockerfile(`RUN true && ${cmd} $(cat /extra.txt)`);
        const fixed = lintWith(rule, code, {}, true).output;
        expect(fixed).toMatch(/\$\(cat \/extra\.txt\) && \S/);
      });

      for (const [shape, wrap] of Object.entries(unsafeEndings)) {
        it(`leaves the RUN alone with ${shape}`, () => {
          const code = dockerfile(wrap(cmd));
          expect(lintWith(rule, code, {}, true).output ?? code).toBe(code);
        });
      }
    });
  }

  it('the reported case: lists are never removed inside the substitution that feeds the install', () => {
    const rule = byName('apt-lists-cleanup');
    const code = dockerfile(
      'RUN apt-get update && apt-get install -y --no-install-recommends $(cat /pkgs.txt)',
    );
    expect(lintWith(rule, code, {}, true).output).toBe(
      dockerfile(
        'RUN apt-get update && apt-get install -y --no-install-recommends $(cat /pkgs.txt) && rm -rf /var/lib/apt/lists/*',
      ),
    );
  });
});
