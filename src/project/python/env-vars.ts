import type { PyModule } from './modules.js';
import { blockBody } from './modules.js';
import { callArgs, literal, literalLine, type Statement, splitArgs, stringList } from './scan.js';

/** An environment variable the code reads. */
export interface EnvRead {
  name: string;
  file: string;
  line: number;
  /** A literal default, when the code gives one. */
  default?: string;
  /** True when reading it without a default fails (os.environ["X"], a settings field without default). */
  required: boolean;
}

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
const GET =
  /\b(?:os\.)?(?:environ\.get|getenv|environ\.setdefault)\s*\(|\b(\w+)\s*\((?=\s*(?:os\.)?environ\s*,\s*§)/g;
const INDEX = /\b(?:os\.)?environ\s*\[\s*§(\d+)§\s*\]/g;
const LIST_OF_NAMES = /^(\w*(?:required|env|secret|vars)\w*)\s*(?::[^=]+)?=\s*([[(].*[\])])$/i;

/** A literal value: a string or number, or a module-level constant holding one. */
function literalValue(
  s: Statement,
  text: string | undefined,
  constants: Map<string, string>,
): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return literal(s, t) ?? (/^-?\d+(\.\d+)?$/.test(t) ? t : constants.get(t));
}

/**
 * A path under the user's home written as Python builds it, as `$HOME/…`: `Path.home() / "data"`,
 * `Path(home) / "data"` with `home = environ.get("HOME") …`, `os.path.expanduser("~/data")`,
 * `os.path.join(os.environ["HOME"], "data")`.
 */
function homePath(s: Statement, text: string | undefined, homeNames: Set<string>): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  const str = (n: string) => s.strings[Number(n)];
  const joined =
    /^(?:(?:pathlib\.)?Path\s*\(\s*(\w+)\s*\)|(?:pathlib\.)?Path\.home\(\))\s*\/\s*§(\d+)§$/.exec(t);
  if (joined && (joined[1] === undefined || homeNames.has(joined[1]))) return `$HOME/${str(joined[2])}`;
  const user = /^(?:os\.path\.)?expanduser\s*\(\s*§(\d+)§\s*\)$/.exec(t);
  if (user && str(user[1]).startsWith('~/')) return `$HOME/${str(user[1]).slice(2)}`;
  const join =
    /^(?:os\.path\.)?join\s*\(\s*(?:os\.)?(?:environ\s*\[\s*§(\d+)§\s*\]|(\w+))\s*,\s*§(\d+)§\s*\)$/.exec(t);
  if (join && ((join[1] && str(join[1]) === 'HOME') || (join[2] && homeNames.has(join[2]))))
    return `$HOME/${str(join[3])}`;
  return undefined;
}

/** Local names holding the home directory: `home = environ.get("HOME") or "/tmp"`, `home = Path.home()`. */
function homeNamesOf(module: PyModule): Set<string> {
  const out = new Set<string>();
  for (const s of module.statements) {
    const m = /^(\w+)\s*=\s*(.*)$/.exec(s.code);
    if (!m) continue;
    const reads = /\benviron(?:\.get\s*\(|\s*\[)\s*§(\d+)§|\bgetenv\s*\(\s*§(\d+)§/.exec(m[2]);
    const name = reads ? s.strings[Number(reads[1] ?? reads[2])] : undefined;
    if (name === 'HOME' || /^(?:pathlib\.)?Path\.home\(\)$/.test(m[2].trim())) out.add(m[1]);
  }
  return out;
}

function moduleConstants(module: PyModule): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of module.statements) {
    const m =
      s.indent === 0 ? /^([A-Z_][A-Z0-9_]*)\s*(?::[^=]+)?=\s*(§\d+§|-?\d+(?:\.\d+)?)$/.exec(s.code) : null;
    const v = m ? (literal(s, m[2]) ?? m[2]) : undefined;
    if (m && v !== undefined) out.set(m[1], v);
  }
  return out;
}

export function findEnvReads(modules: PyModule[]): EnvRead[] {
  const out: EnvRead[] = [];
  for (const module of modules) {
    const constants = moduleConstants(module);
    const homeNames = homeNamesOf(module);
    module.statements.forEach((s, i) => {
      for (const m of s.code.matchAll(GET)) {
        const open = (m.index ?? 0) + m[0].length - 1;
        const inner = callArgs(s.code, open);
        const args = splitArgs(inner ?? '');
        // A helper taking the environment first: _positive_int(environ, "PORT", 8000).
        const helper = m[1] !== undefined;
        const nameText = helper ? args.positional[1] : (args.positional[0] ?? args.keywords.get('key'));
        const name = literal(s, nameText);
        if (!name || !ENV_NAME.test(name)) continue;
        const given = helper ? args.positional[2] : (args.positional[1] ?? args.keywords.get('default'));
        let value = literalValue(s, given, constants) ?? homePath(s, given, homeNames);
        // environ.get("LOG_LEVEL", "").strip() or "info": the fallback after `or` is the default.
        const rest = inner === undefined ? '' : s.code.slice(open + inner.length + 2);
        const fallback = /^(?:\s*\.\w+\(\))*\s*or\s+(§\d+§|-?\d+(?:\.\d+)?|[A-Z_][A-Z0-9_]*)/.exec(rest);
        if (!value && fallback) value = literalValue(s, fallback[1], constants);
        // environ.get("DATA_DIR") or Path(home) / "data": up to the end of the enclosing call or line.
        const pathFallback = /^\s*or\s+((?:[\w.]+\s*\([^()]*\)|[\w.]+)(?:\s*\/\s*§\d+§)?)/.exec(rest);
        if (!value && pathFallback) value = homePath(s, pathFallback[1], homeNames);
        out.push({
          name,
          file: module.file,
          line: literalLine(s, nameText),
          default: value || undefined,
          required: false,
        });
      }
      for (const m of s.code.matchAll(INDEX)) {
        const name = s.strings[Number(m[1])];
        if (ENV_NAME.test(name))
          out.push({ name, file: module.file, line: s.stringLines[Number(m[1])], required: true });
      }
      // REQUIRED_VARS = ["OPENAI_API_KEY", ...]: names checked for presence at start-up.
      const list = LIST_OF_NAMES.exec(s.code);
      const names = list ? stringList(s, list[2]) : undefined;
      if (names?.length && names.every((n) => ENV_NAME.test(n)) && /required|secret/i.test(list![1])) {
        for (const name of names) out.push({ name, file: module.file, line: s.line, required: true });
      }
      // pydantic-settings: class Settings(BaseSettings) fields are variables named after the field.
      const cls = /^class\s+\w+\s*\(\s*(?:[\w.]+\.)?BaseSettings\b/.exec(s.code);
      if (cls) out.push(...settingsFields(module, i));
    });
  }
  return out;
}

function settingsFields(module: PyModule, i: number): EnvRead[] {
  const body = blockBody(module.statements, i);
  const indent = body[0]?.indent;
  let prefix = '';
  for (const b of body) {
    const cfg = /env_prefix\s*=\s*§(\d+)§/.exec(b.code);
    if (cfg) prefix = b.strings[Number(cfg[1])];
  }
  const out: EnvRead[] = [];
  for (const b of body) {
    if (b.indent !== indent) continue;
    const f = /^([a-z_][a-z0-9_]*)\s*:\s*([^=]+?)(?:\s*=\s*(.+))?$/i.exec(b.code);
    if (!f || f[1] === 'model_config' || f[1].startsWith('_')) continue;
    let value: string | undefined = f[3]?.trim();
    const field = value ? /^(?:Field|SecretStr)\s*\(/.exec(value) : null;
    if (field && value) {
      const args = splitArgs(callArgs(value, value.indexOf('(')) ?? '');
      const alias = literal(b, args.keywords.get('alias') ?? args.keywords.get('validation_alias'));
      if (alias) f[1] = alias;
      value = args.positional[0] ?? args.keywords.get('default');
      if (value === '...') value = undefined;
    }
    const lit =
      value === undefined
        ? undefined
        : (literal(b, value) ??
          (/^-?\d+(\.\d+)?$|^(True|False)$/.test(value) ? value.toLowerCase() : undefined));
    const optional = value !== undefined && value !== '...';
    out.push({
      name: `${prefix}${f[1]}`.toUpperCase(),
      file: module.file,
      line: b.line,
      default: lit,
      required: !optional,
    });
  }
  return out;
}
