// Error messages as each shell words them: busybox ash (busybox, alpine), dash (`sh` on Debian
// images) and bash.

import { type FsErrno, errnoText } from '../proc/fs.js';
import type { SyntaxError } from './ast.js';
import type { ShellKind } from './machine-types.js';

/** The prefix a shell puts before its own errors. */
function prefix(shell: ShellKind, arg0: string, line = 1): string {
  switch (shell) {
    case 'ash': return `${arg0.slice(arg0.lastIndexOf('/') + 1) || 'sh'}: `;
    case 'dash': return `${arg0}: ${line}: `;
    case 'bash': return `${arg0}: line ${line}: `;
  }
}

export function notFound(shell: ShellKind, arg0: string, name: string): string {
  if (shell === 'bash') return `${prefix(shell, arg0)}${name}: ${name.includes('/') ? 'No such file or directory' : 'command not found'}`;
  return `${prefix(shell, arg0)}${name}: not found`;
}

export function cantCreate(shell: ShellKind, arg0: string, path: string, e: FsErrno): string {
  switch (shell) {
    case 'ash': return `${prefix(shell, arg0)}can't create ${path}: ${e === 'ENOENT' ? 'nonexistent directory' : errnoText(e)}`;
    case 'dash': return `${prefix(shell, arg0)}cannot create ${path}: ${e === 'ENOENT' ? 'Directory nonexistent' : errnoText(e)}`;
    case 'bash': return `${prefix(shell, arg0)}${path}: ${errnoText(e)}`;
  }
}

export function cantOpen(shell: ShellKind, arg0: string, path: string): string {
  switch (shell) {
    case 'ash': return `${prefix(shell, arg0)}can't open ${path}: no such file`;
    case 'dash': return `${prefix(shell, arg0)}cannot open ${path}: No such file`;
    case 'bash': return `${prefix(shell, arg0)}${path}: No such file or directory`;
  }
}

/** A builtin's own error, e.g. `sh: cd: can't cd to /x: No such file or directory`. */
export function builtinError(shell: ShellKind, arg0: string, text: string): string {
  return `${prefix(shell, arg0)}${text}`;
}

export function syntaxErrorText(shell: ShellKind, arg0: string, e: SyntaxError): string {
  if (shell === 'ash') {
    const p = prefix(shell, arg0);
    switch (e.kind) {
      case 'unexpected': return `${p}syntax error: unexpected ${e.token === 'newline' ? 'newline' : `"${e.token}"`}`;
      case 'eof': return `${p}syntax error: unexpected end of file${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
      case 'unterminated': return `${p}syntax error: unterminated quoted string`;
    }
  }
  if (shell === 'dash') {
    const p = prefix(shell, arg0, e.line);
    switch (e.kind) {
      case 'unexpected': return `${p}Syntax error: ${e.token === 'newline' ? 'newline' : `"${e.token}"`} unexpected`;
      case 'eof': return `${p}Syntax error: end of file unexpected${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
      case 'unterminated': return `${p}Syntax error: Unterminated quoted string`;
    }
  }
  const p = prefix(shell, arg0, e.line);
  switch (e.kind) {
    case 'unexpected': return `${p}syntax error near unexpected token \`${e.token}'`;
    case 'eof': return `${p}syntax error: unexpected end of file`;
    case 'unterminated': return `${p}unexpected EOF while looking for matching \`${e.what}'`;
  }
}
