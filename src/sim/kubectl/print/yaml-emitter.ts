// go-yaml v2's emitter state and its four scalar writers (emitterc.go yaml_emitter_write_*),
// including line folding at column 80 and the `|`, `|-`, `|+`, `|2-` block headers.
import { isBreak, isPrintable } from './yaml-scalar.js';

export const BEST_WIDTH = 80;
export const BEST_INDENT = 2;

/** Column, indentation and whitespace state, as yaml_emitter_t keeps it. */
export class Emitter {
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

function writeBreak(e: Emitter, c: string): void {
  if (c === '\n') {
    e.putBreak();
  } else {
    e.put(c);
    e.column = 0;
  }
}

export function writePlain(e: Emitter, value: string, allowBreaks: boolean): void {
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

export function writeSingle(e: Emitter, value: string, allowBreaks: boolean): void {
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

export function writeDouble(e: Emitter, value: string, allowBreaks: boolean): void {
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

export function writeLiteral(e: Emitter, value: string): void {
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
