// The shell's syntax tree: plain data, parsed once per script.

/** `${name<op>arg}` operators; `len` is `${#name}`. */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | 'len' | '%' | '%%' | '#' | '##';

/** A piece of a word. `q`: inside quotes, so no field splitting or globbing. */
export type WordPart =
  | { readonly k: 'lit'; readonly v: string; readonly q: boolean }
  | { readonly k: 'param'; readonly name: string; readonly q: boolean; readonly op?: ParamOp; readonly arg?: Word }
  /** `$(...)` or backticks: the source, parsed when it runs. */
  | { readonly k: 'cmd'; readonly src: string; readonly q: boolean }
  /** `$((...))`. */
  | { readonly k: 'arith'; readonly src: string; readonly q: boolean }
  | { readonly k: 'tilde'; readonly user: string };

export type Word = readonly WordPart[];

export type RedirOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-';

export interface Redir {
  readonly fd: number;
  readonly op: RedirOp;
  /** File name, fd number (`2>&1`), or here-document delimiter. */
  readonly target: Word;
  /** Here-document body; `expand` is false when the delimiter was quoted. */
  readonly heredoc?: { readonly body: string; readonly expand: boolean };
}

export interface Assign {
  readonly name: string;
  readonly value: Word;
}

export interface SimpleCmd {
  readonly t: 'simple';
  readonly assigns: readonly Assign[];
  readonly words: readonly Word[];
  readonly redirs: readonly Redir[];
}

export type Node =
  | SimpleCmd
  | { readonly t: 'pipeline'; readonly bang: boolean; readonly cmds: readonly Node[] }
  | { readonly t: 'andor'; readonly first: Node; readonly rest: readonly { readonly op: '&&' | '||'; readonly node: Node }[] }
  | { readonly t: 'list'; readonly items: readonly { readonly node: Node; readonly bg: boolean }[] }
  | { readonly t: 'if'; readonly arms: readonly { readonly cond: Node; readonly body: Node }[]; readonly else?: Node; readonly redirs: readonly Redir[] }
  | { readonly t: 'loop'; readonly until: boolean; readonly cond: Node; readonly body: Node; readonly redirs: readonly Redir[] }
  | { readonly t: 'for'; readonly name: string; readonly items?: readonly Word[]; readonly body: Node; readonly redirs: readonly Redir[] }
  | { readonly t: 'case'; readonly word: Word; readonly arms: readonly { readonly patterns: readonly Word[]; readonly body?: Node }[]; readonly redirs: readonly Redir[] }
  | { readonly t: 'group'; readonly body: Node; readonly subshell: boolean; readonly redirs: readonly Redir[] }
  | { readonly t: 'func'; readonly name: string; readonly body: Node };

/** A syntax error, worded per shell by `syntaxErrorText`. */
export type SyntaxError =
  | { readonly kind: 'unexpected'; readonly token: string; readonly line: number }
  | { readonly kind: 'eof'; readonly expecting?: string; readonly line: number }
  | { readonly kind: 'unterminated'; readonly what: string; readonly line: number };

/** A literal word with no quotes or expansions, for tests and synthetic commands. */
export function litWord(text: string): Word {
  return [{ k: 'lit', v: text, q: true }];
}
