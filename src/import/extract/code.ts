import { parseServerCommand, shellWords } from '../../project/command.js';
import { readTarget, slug } from '../labels.js';
import type { Block } from '../markdown.js';
import { readHttpPath, readPort, readSize } from '../values.js';
import { type Collector, Specificity } from './collector.js';

type CodeBlock = Extract<Block, { kind: 'code' }>;

/** A fenced .dockerignore: named by its language or by the label just above it. */
export function isDockerignoreBlock(block: CodeBlock): boolean {
  if (/^\.?(dockerignore|gitignore|ignore)$/.test(block.lang)) return true;
  return (
    block.lang === '' &&
    /\.dockerignore/i.test(`${block.context.label ?? ''} ${block.context.headings.at(-1) ?? ''}`)
  );
}

export function extractDockerignore(block: CodeBlock, c: Collector): void {
  c.dockerignores.push({
    file: c.file,
    line: block.contentLine,
    text: block.value,
    label: block.context.label ?? '',
    variant: 'main',
    service: c.service,
  });
  // Its patterns are the contract's too (image.dockerignore), so generate writes them.
  const patterns: string[] = [];
  const lines: number[] = [];
  block.value.split('\n').forEach((raw, i) => {
    const pattern = raw.trim();
    if (!pattern || pattern.startsWith('#')) return;
    patterns.push(pattern);
    lines.push(block.contentLine + i);
  });
  if (patterns.length > 0)
    c.add(
      'image.dockerignore',
      patterns,
      block.contentLine,
      Specificity.configBlock,
      '.dockerignore block',
      lines,
    );
  c.usedLines.add(block.line);
}

/** Python: the CORS middleware's origin list, methods and credentials. */
export function extractPython(block: CodeBlock, c: Collector): void {
  const lines = block.value.split('\n');
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const originsAt = at(/allow_origins\s*=|origins\s*=\s*\[/i);
  if (originsAt >= 0) {
    const origins: string[] = [];
    const itemLines: number[] = [];
    for (let i = originsAt; i < lines.length; i++) {
      const code = lines[i].replace(/#.*$/, '');
      for (const m of code.matchAll(/["']([^"']+)["']/g)) {
        if (/^(https?:\/\/|\*$)/.test(m[1])) {
          origins.push(m[1]);
          itemLines.push(block.contentLine + i);
        }
      }
      if (/\]/.test(code)) break;
    }
    if (origins.length > 0) {
      c.add('cors.origins', origins, itemLines[0], Specificity.configBlock, 'Python code block', itemLines);
    }
  }
  const regexAt = at(/allow_origin_regex\s*=/);
  if (regexAt >= 0) {
    const m = /allow_origin_regex\s*=\s*r?["']([^"']+)["']/.exec(lines[regexAt]);
    if (m)
      c.add(
        'cors.originRegex',
        m[1],
        block.contentLine + regexAt,
        Specificity.configBlock,
        'Python code block',
      );
  }
  const credAt = at(/allow_credentials\s*=\s*(True|False)/);
  if (credAt >= 0) {
    c.add(
      'cors.credentials',
      /True/.test(lines[credAt]),
      block.contentLine + credAt,
      Specificity.configBlock,
      'Python code block',
    );
  }
  const methodsAt = at(/allow_methods\s*=\s*\[/);
  if (methodsAt >= 0) {
    const methods = [...lines[methodsAt].matchAll(/["']([A-Z*]+)["']/g)].map((m) => m[1]);
    if (methods.length > 0 && !methods.includes('*')) {
      c.add(
        'cors.methods',
        methods,
        block.contentLine + methodsAt,
        Specificity.configBlock,
        'Python code block',
      );
    }
  }
  const requiredAt = at(/required(_vars|_env|_secrets)?\s*=\s*\[/i);
  if (requiredAt >= 0) {
    for (const m of lines[requiredAt].matchAll(/["']([A-Z][A-Z0-9_]+)["']/g)) {
      c.add(
        `env.secrets[${m[1]}].name`,
        m[1],
        block.contentLine + requiredAt,
        Specificity.example,
        'Python code block',
      );
    }
  }
}

/** Shell examples: `docker build -t NAME`, `docker run -p 8000:8000`, `curl …/health` and its "# Expected:" body. */
export function extractShell(block: CodeBlock, c: Collector): void {
  const lines = block.value.split('\n');
  lines.forEach((text, i) => {
    const line = block.contentLine + i;
    const add = (path: string, value: unknown) =>
      c.add(path, value, line, Specificity.example, 'shell example');
    const tag = /\bdocker\s+(?:buildx\s+)?build\b.*\s-t\s+([\w./-]+?)(?::[\w.-]+)?(?:\s|$)/.exec(text);
    // The first image a document builds names the service; test and GPU images do not.
    if (tag && !/test/.test(tag[1]) && !/gpu/i.test(text)) {
      const first = !c.facts.some((f) => f.path === 'service' && f.evidence === 'shell example');
      c.add(
        'service',
        slug(tag[1].split('/').at(-1) ?? ''),
        line,
        first ? Specificity.example : Specificity.mention,
        'shell example',
      );
    }
    // `uvicorn ledger.main:app --port 8000`, `gunicorn -w 4 -b 0.0.0.0:8000 app:app`: the start command.
    const start = /^\s*(?:\$\s+)?(?:exec\s+)?(?:python\d?(?:\.\d+)?\s+-m\s+)?(?:uv\s+run\s+)?\w/.test(text)
      ? parseServerCommand(shellWords(text.replace(/^\s*\$\s+/, '')))
      : {};
    if (start.server) add('app.server', start.server);
    if (start.server && start.entrypoint) add('app.entrypoint', start.entrypoint);
    if (start.server && start.port) add('app.port', start.port);
    if (start.server && start.workers) add('app.workers', start.workers);
    const run = /\bdocker\s+run\b.*\s-p\s+(?:[\d.]+:)?\d+:(\d+)/.exec(text);
    if (run) add('app.port', readPort(run[1]));
    const curl =
      /\bcurl\b.*https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?(\/[\w/-]*health[\w/-]*)/.exec(
        text,
      );
    if (curl) {
      add('app.health.liveness', readHttpPath(curl[0]));
      const expected = /#\s*expected:?\s*(\{.*\})/i.exec(lines[i + 1] ?? '');
      if (expected) {
        try {
          c.add(
            'app.health.expectBody',
            JSON.parse(expected[1]),
            line + 1,
            Specificity.example,
            'shell example',
          );
        } catch {
          c.skip(line + 1, expected[0], 'expected body is not JSON');
        }
      }
    }
    const expectedSize = /#\s*expected:?.*\bsize\s*(?:<|under|below)\s*(\d+(?:\.\d+)?\s*[kmg]i?b)/i.exec(
      text,
    );
    if (expectedSize) {
      const size = readSize(expectedSize[1]);
      if (size) add(/gpu/i.test(text) ? 'budgets.gpuImageSize' : 'budgets.imageSize', size.value);
    }
    const target = /\b(kubectl|minikube|helm)\b|\bdocker[- ]compose\b|\bhuggingface-cli\b/.exec(text);
    if (target)
      add(
        'target',
        target[1] ? 'kubernetes' : readTarget(target[0].replace('huggingface-cli', 'hugging face')),
      );
  });
}
