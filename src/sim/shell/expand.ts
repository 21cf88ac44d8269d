// Word expansion in POSIX order: tilde, parameters, command substitution, arithmetic, then field
// splitting on unquoted results and filename expansion.

import { evalArith } from './arith.js';
import type { Word, WordPart } from './ast.js';
import { stripPattern } from './glob.js';
import { heredocWord } from './lexer.js';

/** What expansion reads and changes; the machine implements it. */
export interface ExpandEnv {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  readonly positional: readonly string[];
  readonly arg0: string;
  readonly status: number;
  readonly pid: number;
  readonly lastBgPid?: number;
  readonly home: string;
  /** Runs `$(...)`, returning its standard output. */
  substitute(src: string): string;
  /** Filename expansion: matches, or [] when none. */
  glob(pattern: string): string[];
  /** Reports an expansion error (`sh: x: parameter not set`) to standard error. */
  error(message: string): void;
}

const escapeGlob = (s: string) => s.replace(/[\\*?[\]]/g, '\\$&');

function special(name: string, env: ExpandEnv): string | undefined {
  switch (name) {
    case '?': return String(env.status);
    case '$': return String(env.pid);
    case '!': return env.lastBgPid === undefined ? '' : String(env.lastBgPid);
    case '#': return String(env.positional.length);
    case '@': case '*': return env.positional.join(' ');
    case '-': return '';
    case '0': return env.arg0;
  }
  if (/^\d+$/.test(name)) return env.positional[Number(name) - 1];
  return env.get(name);
}

/** The value of one `$name`/`${...}` part (before splitting). */
function paramValue(p: Extract<WordPart, { k: 'param' }>, env: ExpandEnv): string {
  const value = special(p.name, env);
  const arg = () => expandWord(p.arg ?? [], env);
  switch (p.op) {
    case undefined: return value ?? '';
    case 'len': return String((value ?? '').length);
    case ':-': return value ? value : arg();
    case '-': return value !== undefined ? value : arg();
    case ':=': case '=': {
      if (p.op === ':=' ? value : value !== undefined) return value!;
      const v = arg();
      env.set(p.name, v);
      return v;
    }
    case ':+': return value ? arg() : '';
    case '+': return value !== undefined ? arg() : '';
    case ':?': case '?': {
      if (p.op === ':?' ? value : value !== undefined) return value!;
      const msg = arg();
      env.error(`${p.name}: ${msg || (p.op === ':?' ? 'parameter not set or null' : 'parameter not set')}`);
      return '';
    }
    case '%': case '%%': case '#': case '##':
      return stripPattern(value ?? '', expandPattern(p.arg ?? [], env), p.op);
  }
}

function partText(p: WordPart, env: ExpandEnv): string {
  switch (p.k) {
    case 'lit': return p.v;
    case 'tilde': return p.user === '' ? env.home : p.user === 'root' ? '/root' : '~' + p.user;
    case 'param': return paramValue(p, env);
    case 'cmd': return env.substitute(p.src).replace(/\n+$/, '');
    case 'arith': {
      // `$((...))` source may hold `$x`: read it like a double-quoted string.
      const r = evalArith(expandWord(heredocWord(p.src), env), env);
      if ('error' in r) {
        env.error(`arithmetic syntax error`);
        return '0';
      }
      return String(r.value);
    }
  }
}

/** One string, no splitting or globbing (assignments, redirection targets, `case` subjects). */
export function expandWord(word: Word, env: ExpandEnv): string {
  return word.map((p) => partText(p, env)).join('');
}

/** A pattern: quoted characters escaped, unquoted ones active (`case` arms, `${x%pat}`). */
export function expandPattern(word: Word, env: ExpandEnv): string {
  return word.map((p) => (p.k === 'lit' ? (p.q ? escapeGlob(p.v) : p.v) : p.k !== 'tilde' && p.q ? escapeGlob(partText(p, env)) : partText(p, env))).join('');
}

interface Field {
  text: string;
  pat: string;
  glob: boolean;
  real: boolean;
}

const GLOB_CHARS = /[*?[]/;

/**
 * Whether a word is one literal part that cannot glob (`sleep`, `"a b"`): it expands to its
 * text as one field, or (unquoted and empty) to none, without reading the shell's state.
 */
function isPlain(word: Word): boolean {
  if (word.length !== 1) return false;
  const p = word[0];
  return p.k === 'lit' && (p.q || !GLOB_CHARS.test(p.v));
}

/** Appends a plain word's field, as the general path of `expandFields` would. */
function pushPlain(out: string[], word: Word): void {
  const p = word[0] as Extract<WordPart, { k: 'lit' }>;
  if (p.q || p.v !== '') out.push(p.v);
}

/** The fields of words that are all plain (see isPlain), or undefined when one is not. */
export function plainFields(words: readonly Word[]): string[] | undefined {
  for (const word of words) if (!isPlain(word)) return undefined;
  const out: string[] = [];
  for (const word of words) pushPlain(out, word);
  return out;
}

/** Full expansion of command words into fields. */
export function expandFields(words: readonly Word[], env: ExpandEnv): string[] {
  const out: string[] = [];
  for (const word of words) {
    // Most words are one plain literal: the general path below would give the same field.
    if (isPlain(word)) {
      pushPlain(out, word);
      continue;
    }
    const fields: Field[] = [];
    let cur: Field | undefined;
    const open = () => (cur ??= { text: '', pat: '', glob: false, real: false });
    const close = () => {
      if (cur?.real) fields.push(cur);
      cur = undefined;
    };
    const add = (text: string, quoted: boolean) => {
      const f = open();
      f.text += text;
      f.pat += quoted ? escapeGlob(text) : text;
      if (!quoted && /[*?[]/.test(text)) f.glob = true;
      if (quoted || text !== '') f.real = true;
    };
    const split = (text: string) => {
      const pieces = text.split(/[ \t\n]+/);
      pieces.forEach((piece, i) => {
        if (i > 0) close();
        if (piece !== '') add(piece, false);
      });
    };
    for (const p of word) {
      if (p.k === 'param' && (p.name === '@' || p.name === '*') && p.op === undefined) {
        if (p.q && p.name === '@') {
          env.positional.forEach((a, i) => {
            if (i > 0) close();
            add(a, true);
          });
        } else if (p.q) add(env.positional.join(' '), true);
        else for (const a of env.positional) split(` ${a} `);
        continue;
      }
      const text = partText(p, env);
      if (p.k === 'lit' || p.k === 'tilde' || p.q) add(text, p.k === 'tilde' || p.q);
      else split(text);
    }
    close();
    for (const f of fields) {
      const matches = f.glob ? env.glob(f.pat) : [];
      if (matches.length) out.push(...matches);
      else out.push(f.text);
    }
  }
  return out;
}
