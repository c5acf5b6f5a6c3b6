import rule from '../../../src/lint/rules/unquoted-expansion.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo "$HOME" > /tmp/home',
    // ARG and ENV names are declared for the script (as hadolint does): their values are taken as plain.
    'FROM python:3.12-slim\nARG POETRY_VERSION=1.8.3\nRUN pip install --no-cache-dir poetry==$POETRY_VERSION',
    'FROM python:3.12-slim\nENV APP_HOME=/srv/app\nRUN mkdir -p $APP_HOME',
    // A value the script assigned without spaces or globs, and $? $# never split.
    'FROM python:3.12-slim\nRUN V=3.11; ln -s /usr/bin/python$V /usr/local/bin/python; echo $?',
    // Where the shell does not split: assignments, [[ ]], case, arithmetic, the command name, `for … in`.
    'FROM python:3.12-slim\nSHELL ["/bin/bash", "-c"]\nRUN X=$HOME; [[ -n $X ]] && echo $(( $# + 1 )) && case $X in /*) ;; esac',
    'FROM python:3.12-slim\nRUN for f in $FILES; do echo "$f"; done',
    // ${#x} is a number, ${x:+"…"} is quoted, $@ is SC2068's (not this rule's).
    'FROM python:3.12-slim\nRUN echo ${#HOME} ${HOME:+"$HOME"} $@',
    // A script the shell parser cannot read is not judged.
    'FROM python:3.12-slim\nRUN echo $HOME $(',
    'FROM python:3.12-slim\n# hadolint ignore=SC2086\nRUN echo $HOME',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN echo $HOME',
      errors: [{ messageId: 'unquoted', line: 2, column: 10, endColumn: 15 }],
    },
    {
      // A value the script read, or assigned with a space, may split.
      code: 'FROM python:3.12-slim\nRUN PKGS="gcc g++"; apt-get install -y $PKGS; read -r name; echo ${name}',
      errors: [
        { messageId: 'unquoted', line: 2, column: 40 },
        { messageId: 'unquoted', line: 2, column: 66 },
      ],
    },
    {
      // Across a line continuation, at the Dockerfile's own line and column; a redirect target splits.
      code: 'FROM python:3.12-slim\nRUN cd /srv \\\n  && echo ok > $LOG_FILE',
      errors: [{ messageId: 'unquoted', line: 3, column: 16 }],
    },
    {
      // POSIX sh splits `export A=$x`; bash does not.
      code: 'FROM python:3.12-slim\nRUN export PREFIX=$HOME/.local',
      errors: [{ messageId: 'unquoted', line: 2, column: 19 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN [ -f $CONFIG ] && test -n ${CONFIG%.toml}',
      errors: [
        { messageId: 'unquoted', line: 2, column: 10 },
        { messageId: 'unquoted', line: 2, column: 31 },
      ],
    },
  ],
});
