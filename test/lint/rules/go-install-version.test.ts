import rule from '../../../src/lint/rules/go-install-version.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM golang:1.24\nRUN go run main.go --port 8080 && go run ./cmd/migrate up',
    'FROM golang:1.24\nRUN go get -tool golang.org/x/tools/cmd/stringer@v0.30.0',
    'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2',
    'FROM golang:1.23\nRUN go install ./cmd/...',
    'FROM golang:1.23\nRUN go install -ldflags "-s -w" .',
    'FROM golang:1.23\nRUN go build -o /app ./cmd/api',
  ],
  invalid: [
    // go get and go run resolve an unversioned module path at build time too.
    {
      code: 'FROM golang:1.24\nRUN go get example.com/lib && go run example.com/cmd@latest serve',
      errors: [
        { messageId: 'missing', line: 2, column: 12 },
        { messageId: 'latest', line: 2, column: 38 },
      ],
    },
    {
      code: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls',
      errors: [{ messageId: 'missing', line: 2, column: 16, endColumn: 40 }],
    },
    {
      code: 'FROM golang:1.23\nRUN go install -tags netgo github.com/go-delve/delve/cmd/dlv@latest',
      errors: [{ messageId: 'latest', line: 2, column: 28 }],
    },
    {
      code: 'FROM golang:1.23\nRUN go mod download && \\\n    go install honnef.co/go/tools/cmd/staticcheck@2024.1.1 mvdan.cc/gofumpt',
      errors: [{ messageId: 'missing', line: 3, column: 60 }],
    },
  ],
});
