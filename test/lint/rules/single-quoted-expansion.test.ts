import rule from '../../../src/lint/rules/single-quoted-expansion.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo "home is $HOME"',
    // Strings for another interpreter, which expands them: sh -c, awk, find -exec sh -c.
    "FROM python:3.12-slim\nRUN sh -c 'echo $HOME' && awk '{print $1}' requirements.txt",
    "FROM python:3.12-slim\nRUN find . -name '*.sh' -exec sh -c 'chmod +x \"$1\"' _ {} \\;",
    // sed's own $ (the last line).
    "FROM python:3.12-slim\nRUN sed -i '$d' settings.py",
    // Nothing that would expand: a lone $, $$.
    "FROM python:3.12-slim\nRUN echo 'price: 5$' '$$'",
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nRUN echo 'home is $HOME' > /tmp/home",
      errors: [{ messageId: 'literal', line: 2, column: 10, endColumn: 25 }],
    },
    {
      code: "FROM python:3.12-slim\nRUN python -c 'import os; print(os.environ[\"$HOME\"])' \\\n && sed -i 's/${DEBUG}/False/' settings.py",
      errors: [
        { messageId: 'literal', line: 2, column: 15 },
        { messageId: 'literal', line: 3, column: 12 },
      ],
    },
    {
      // su is not in ShellCheck's list of commands that pass strings on.
      code: "FROM python:3.12-slim\nRUN su nobody -s /bin/sh -c 'echo $HOME' && echo 'run `make` first'",
      errors: [
        { messageId: 'literal', line: 2, column: 29 },
        { messageId: 'literal', line: 2, column: 50 },
      ],
    },
  ],
});
