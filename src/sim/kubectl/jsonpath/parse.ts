// kubectl's JSONPath template parser, ported from k8s.io/client-go/util/jsonpath/parser.go.
// Error texts are the upstream ones: kubectl prints them after `error parsing jsonpath <t>, `.

/** Slice bounds as the parser records them (`ParamsEntry`). */
export interface SliceParam {
  readonly value: number;
  readonly known: boolean;
  readonly derived?: boolean;
}

/** One node of a parsed template. */
export type JpNode =
  | { readonly type: 'list'; readonly nodes: JpNode[] }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'field'; readonly name: string }
  | { readonly type: 'identifier'; readonly name: string }
  | { readonly type: 'array'; readonly params: readonly [SliceParam, SliceParam, SliceParam] }
  | { readonly type: 'filter'; readonly left: JpList; readonly right: JpList; readonly op: string }
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'wildcard' }
  | { readonly type: 'recursive' }
  | { readonly type: 'union'; readonly nodes: readonly JpList[] };

export type JpList = Extract<JpNode, { type: 'list' }>;

/** A template that failed to parse, with kubectl's message. */
export class JsonPathSyntaxError extends Error {}

import { goRuneU, sliceParams, unquoteExtend } from './parse-text.js';

const EOF = '';
const DICT_KEY = /^'([^']*)'$/;
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/;

const isSpace = (r: string) => r === ' ' || r === '\t';
const isEndOfLine = (r: string) => r === '\r' || r === '\n';
const isDigit = (r: string) => /^\p{Nd}$/u.test(r);
const isAlphaNumeric = (r: string) => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
const isTerminator = (r: string) => isSpace(r) || isEndOfLine(r) || r === EOF || '.,[]$@{}'.includes(r);
const list = (): JpList => ({ type: 'list', nodes: [] });

class Parser {
  root: JpList = list();
  private input = '';
  private pos = 0;
  private start = 0;
  private width = 0;

  parse(text: string): JpList {
    this.input = text;
    this.root = list();
    this.pos = 0;
    this.parseText(this.root);
    return this.root;
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return value;
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = String.fromCodePoint(this.input.codePointAt(this.pos) ?? 0);
    this.width = r.length;
    this.pos += r.length;
    return r;
  }

  private peek(): string {
    const r = this.next();
    this.backup();
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private rest(): string {
    return this.input.slice(this.pos);
  }

  private parseText(cur: JpList): void {
    for (;;) {
      if (this.rest().startsWith('{')) {
        if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() });
        this.pos += 1;
        this.consumeText();
        const node = list();
        cur.nodes.push(node);
        return this.parseInsideAction(node);
      }
      if (this.next() === EOF) break;
    }
    if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() });
  }

  private parseInsideAction(cur: JpList): void {
    const rest = this.rest();
    if (rest.startsWith('}')) {
      this.pos += 1;
      this.consumeText();
      return this.parseText(this.root);
    }
    if (rest.startsWith('[?(')) return this.parseFilter(cur);
    if (rest.startsWith('..')) return this.parseRecursive(cur);
    const r = this.next();
    if (r === EOF || isEndOfLine(r)) throw new JsonPathSyntaxError('unclosed action');
    if (r === ' ' || r === '@' || r === '$') {
      this.consumeText();
    } else if (r === '[') {
      return this.parseArray(cur);
    } else if (r === '"' || r === "'") {
      return this.parseQuote(cur, r);
    } else if (r === '.') {
      return this.parseField(cur);
    } else if (r === '+' || r === '-' || isDigit(r)) {
      this.backup();
      return this.parseNumber(cur);
    } else if (isAlphaNumeric(r)) {
      this.backup();
      return this.parseIdentifier(cur);
    } else {
      throw new JsonPathSyntaxError(`unrecognized character in action: ${goRuneU(r)}`);
    }
    return this.parseInsideAction(cur);
  }

  private parseIdentifier(cur: JpList): void {
    for (;;) {
      if (isTerminator(this.next())) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    cur.nodes.push(value === 'true' || value === 'false' ? { type: 'bool', value: value === 'true' } : { type: 'identifier', name: value });
    this.parseInsideAction(cur);
  }

  private parseRecursive(cur: JpList): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive') throw new JsonPathSyntaxError('invalid multiple recursive descent');
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ type: 'recursive' });
    if (isAlphaNumeric(this.peek())) return this.parseField(cur);
    this.parseInsideAction(cur);
  }

  private parseNumber(cur: JpList): void {
    const first = this.peek();
    if (first === '+' || first === '-') this.next();
    for (;;) {
      const r = this.next();
      if (r !== '.' && !isDigit(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: 'float', value: Number(value) });
    else throw new JsonPathSyntaxError(`cannot parse number ${value}`);
    this.parseInsideAction(cur);
  }

  private parseArray(cur: JpList): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathSyntaxError('unterminated array');
      if (r === ']') break;
    }
    let text = this.consumeText().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((s) => parseAction(`[${s.trim()}]`)) });
      return this.parseInsideAction(cur);
    }
    const key = DICT_KEY.exec(text);
    if (key) {
      cur.nodes.push(...parseAction(`.${key[1]}`).nodes);
      return this.parseInsideAction(cur);
    }
    const m = SLICE.exec(text);
    if (!m) throw new JsonPathSyntaxError(`invalid array index ${text}`);
    cur.nodes.push({ type: 'array', params: sliceParams(m.slice(1, 4)) });
    this.parseInsideAction(cur);
  }

  private parseFilter(cur: JpList): void {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathSyntaxError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')' && begin === end) {
        break;
      }
    }
    if (this.next() !== ']') throw new JsonPathSyntaxError('unclosed array expect ]');
    const text = this.consumeText().slice(0, -2);
    const m = FILTER.exec(text);
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: list(), op: 'exists' });
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] });
    this.parseInsideAction(cur);
  }

  private parseQuote(cur: JpList, end: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathSyntaxError('unterminated quoted string');
      if (r === end && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consumeText();
    cur.nodes.push({ type: 'text', text: unquoteExtend(value) });
    this.parseInsideAction(cur);
  }

  private parseField(cur: JpList): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === '\\') {
        this.next();
      } else if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    cur.nodes.push(value === '*' ? { type: 'wildcard' } : { type: 'field', name: value.replace(/\\/g, '') });
    this.parseInsideAction(cur);
  }
}

/** `parseAction`: parses `{text}` and returns its single action list. */
function parseAction(text: string): JpList {
  return new Parser().parse(`{${text}}`).nodes[0] as JpList;
}

/** Parses a kubectl JSONPath template; throws JsonPathSyntaxError with upstream wording. */
export function parseJsonPath(template: string): JpList {
  return new Parser().parse(template);
}
