import {
  type DockerfileModel,
  LineIndex,
  parseShell,
  type Range,
  type ShellScript,
} from '../../dockerfile/index.js';

const cache = new WeakMap<DockerfileModel, LineIndex>();

/**
 * Parses the script of an exec-form `["sh", "-c", "<script>"]` item. Words map to their place in
 * the Dockerfile when the JSON string has no escapes; otherwise every word maps to the item's start.
 * `exact` says which.
 */
export function parseInlineScript(
  model: DockerfileModel,
  item: { value: string; range: Range },
): { script: ShellScript; exact: boolean } {
  let lines = cache.get(model);
  if (!lines) {
    lines = new LineIndex(model.text, model.lineOffset);
    cache.set(model, lines);
  }
  const first = offsetOf(model.text, lines, item.range.start);
  const raw = model.text.slice(first, offsetOf(model.text, lines, item.range.end));
  const exact = raw === JSON.stringify(item.value) && raw.length === item.value.length + 2;
  const map = Array.from({ length: item.value.length + 1 }, (_, i) => (exact ? first + 1 + i : first));
  return { script: parseShell({ text: item.value, map }, lines), exact };
}

function offsetOf(text: string, lines: LineIndex, pos: { line: number; column: number }): number {
  let at = 0;
  for (let line = 1 + lines.lineOffset; line < pos.line && at !== -1; line++) at = text.indexOf('\n', at) + 1;
  return at + pos.column - 1;
}

/** Commands of a script that run at its top level (not inside `$(…)` of another). */
export function topLevelCommands(script: ShellScript): ShellScript['commands'] {
  return script.commands.filter((c) => c.index === 0 || c.operator !== undefined);
}
