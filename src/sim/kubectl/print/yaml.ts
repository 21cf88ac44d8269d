// `kubectl ... -o yaml`: sigs.k8s.io/yaml marshals through JSON and go-yaml v2, so keys are
// sorted (yaml.v2's natural order), strings are quoted only when a plain scalar would read
// back as another type, and long lines fold at column 80 (go-yaml v2's best_width).
// This is a direct port of the emitter paths JSON-shaped data can reach (emitterc.go).
import { isBreak, isPrintable, requestedStyle, selectStyle, type ScalarStyle } from './yaml-scalar.js';
import { yamlKeyLess } from './yaml-keys.js';

/** JSON-shaped data. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [k: string]: JsonValue | undefined };

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

class Emitter {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;
  openEnded = false;
  indent = -1;
  private readonly indents: number[] = [];

  put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }

  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }
}

interface NodeContext {
  readonly mapping: boolean;
  readonly simpleKey: boolean;
}

function isMap(v: JsonValue): v is { readonly [k: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's `strconv.FormatFloat(f, 'g', -1, 64)` with yaml's names for the specials. */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  const [mantissa, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 21) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(f);
}

function scalarText(v: string | number | boolean | null): [string, ScalarStyle] {
  if (v === null) return ['null', 'plain'];
  if (typeof v === 'boolean') return [String(v), 'plain'];
  if (typeof v === 'number') return [Number.isInteger(v) ? String(v) : goFloat(v), 'plain'];
  return [v, requestedStyle(v)];
}

function emitScalar(e: Emitter, v: string | number | boolean | null, ctx: NodeContext): void {
  const [text, requested] = scalarText(v);
  const style = typeof v === 'string' ? selectStyle(text, requested, ctx.simpleKey) : 'plain';
  e.increaseIndent(true, false);
  const allowBreaks = !ctx.simpleKey;
  switch (style) {
    case 'plain': writePlain(e, text, allowBreaks); break;
    case 'single': writeSingle(e, text, allowBreaks); break;
    case 'double': writeDouble(e, text, allowBreaks); break;
    case 'literal': writeLiteral(e, text); break;
  }
  e.popIndent();
}

function writePlain(e: Emitter, value: string, allowBreaks: boolean): void {
  if (!e.whitespace) e.put(' ');
  const chars = [...value];
  let spaces = false;
  let breaks = false;
  chars.forEach((c, i) => {
    if (c === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && chars[i + 1] !== ' ') e.writeIndent();
      else e.put(c);
      spaces = true;
    } else if (isBreak(c)) {
      if (!breaks && c === '\n') e.putBreak();
      writeBreak(e, c);
      e.indention = true;
      breaks = true;
    } else {
      if (breaks) e.writeIndent();
      e.put(c);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
  });
  e.whitespace = false;
  e.indention = false;
}

function writeBreak(e: Emitter, c: string): void {
  if (c === '\n') {
    e.putBreak();
  } else {
    e.put(c);
    e.column = 0;
  }
}

function writeSingle(e: Emitter, value: string, allowBreaks: boolean): void {
  e.writeIndicator("'", true, false, false);
  const chars = [...value];
  let spaces = false;
  let breaks = false;
  chars.forEach((c, i) => {
    if (c === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ') e.writeIndent();
      else e.put(c);
      spaces = true;
    } else if (isBreak(c)) {
      if (!breaks && c === '\n') e.putBreak();
      writeBreak(e, c);
      e.indention = true;
      breaks = true;
    } else {
      if (breaks) e.writeIndent();
      e.put(c === "'" ? "''" : c);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
  });
  e.writeIndicator("'", false, false, false);
  e.whitespace = false;
  e.indention = false;
}

const ESCAPES: Readonly<Record<number, string>> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escapeChar(cp: number): string {
  const named = ESCAPES[cp];
  if (named !== undefined) return `\\${named}`;
  const [prefix, width] = cp <= 0xff ? ['x', 2] : cp <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${prefix}${cp.toString(16).toUpperCase().padStart(width, '0')}`;
}

function writeDouble(e: Emitter, value: string, allowBreaks: boolean): void {
  e.writeIndicator('"', true, false, false);
  const chars = [...value];
  let spaces = false;
  chars.forEach((c, i) => {
    const cp = c.codePointAt(0) ?? 0;
    if (!isPrintable(c) || cp === 0xfeff || isBreak(c) || c === '"' || c === '\\') {
      e.put(escapeChar(cp));
      spaces = false;
    } else if (c === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        e.writeIndent();
        if (chars[i + 1] === ' ') e.put('\\');
      } else {
        e.put(c);
      }
      spaces = true;
    } else {
      e.put(c);
      spaces = false;
    }
  });
  e.writeIndicator('"', false, false, false);
  e.whitespace = false;
  e.indention = false;
}

function chompHint(value: string): string {
  const chars = [...value];
  if (chars.length === 0 || !isBreak(chars[chars.length - 1])) return '-';
  if (chars.length === 1 || isBreak(chars[chars.length - 2])) return '+';
  return '';
}

function writeLiteral(e: Emitter, value: string): void {
  e.writeIndicator('|', true, false, false);
  const chars = [...value];
  if (chars[0] === ' ' || isBreak(chars[0])) e.writeIndicator(String(BEST_INDENT), false, false, false);
  const chomp = chompHint(value);
  if (chomp) e.writeIndicator(chomp, false, false, false);
  e.openEnded = chomp === '+';
  e.putBreak();
  e.indention = true;
  e.whitespace = true;
  let breaks = true;
  for (const c of chars) {
    if (isBreak(c)) {
      writeBreak(e, c);
      e.indention = true;
      breaks = true;
    } else {
      if (breaks) e.writeIndent();
      e.put(c);
      e.indention = false;
      breaks = false;
    }
  }
}

function emitNode(e: Emitter, v: JsonValue, ctx: NodeContext): void {
  if (Array.isArray(v)) emitSequence(e, v as readonly JsonValue[], ctx);
  else if (isMap(v)) emitMapping(e, v);
  else emitScalar(e, v as string | number | boolean | null, ctx);
}

function emitFlowEmpty(e: Emitter, open: string, close: string): void {
  e.writeIndicator(open, true, true, false);
  e.writeIndicator(close, false, false, false);
}

function emitSequence(e: Emitter, items: readonly JsonValue[], ctx: NodeContext): void {
  if (items.length === 0) return emitFlowEmpty(e, '[', ']');
  e.increaseIndent(false, ctx.mapping && !e.indention);
  for (const item of items) {
    e.writeIndent();
    e.writeIndicator('-', true, false, true);
    emitNode(e, item, { mapping: false, simpleKey: false });
  }
  e.popIndent();
}

function emitMapping(e: Emitter, map: { readonly [k: string]: JsonValue | undefined }): void {
  const keys = Object.keys(map).filter((k) => map[k] !== undefined).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
  if (keys.length === 0) return emitFlowEmpty(e, '{', '}');
  e.increaseIndent(false, false);
  for (const key of keys) {
    e.writeIndent();
    // Note: keys over 128 characters would need the `? ` complex-key form; API keys never are.
    emitScalar(e, key, { mapping: true, simpleKey: true });
    e.writeIndicator(':', false, false, false);
    emitNode(e, map[key] as JsonValue, { mapping: true, simpleKey: false });
  }
  e.popIndent();
}

/** One YAML document for a JSON-shaped value, exactly as `sigs.k8s.io/yaml.Marshal` writes it. */
export function toYaml(value: JsonValue): string {
  const e = new Emitter();
  emitNode(e, value, { mapping: false, simpleKey: false });
  e.writeIndent();
  if (e.openEnded) {
    e.writeIndicator('...', true, false, false);
    e.writeIndent();
  }
  return e.out;
}
