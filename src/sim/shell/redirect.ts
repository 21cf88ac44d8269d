// Output routing (logs, files, /dev/null, captured buffers) and redirections.

import type { Millis } from '../api/types.js';
import { resolvePath } from '../proc/paths.js';
import type { Redir } from './ast.js';
import type { Runtime } from './command-types.js';
import { type ExpandEnv, expandWord } from './expand.js';
import { heredocWord } from './lexer.js';
import type { Dest, Fds, Machine } from './machine-types.js';
import { cantCreate, cantOpen } from './messages.js';

/** Writes text to a destination at a virtual time. Log output becomes one line per `\n`. */
export function write(m: Machine, rt: Runtime, dest: Dest, text: string, at: Millis): void {
  if (text === '') return;
  switch (dest.k) {
    case 'log': {
      const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
      for (const line of lines) rt.logs.push({ at, stream: dest.stream, text: line });
      return;
    }
    case 'file':
      rt.world.fs.write(dest.path, text, true);
      return;
    case 'null':
      return;
    case 'capture':
      m.captured[dest.stream] += text;
      m.captured.all += text;
      return;
  }
}

export function currentFds(m: Machine): Fds {
  return m.fdStack[m.fdStack.length - 1];
}

/** Special files that are not in any filesystem. */
function deviceDest(path: string, base: Fds): Dest | undefined {
  if (path === '/dev/null') return { k: 'null' };
  if (path === '/dev/stdout' || path === '/proc/self/fd/1' || path === '/dev/fd/1') return base.out;
  if (path === '/dev/stderr' || path === '/proc/self/fd/2' || path === '/dev/fd/2') return base.err;
  return undefined;
}

/** Applies redirections left to right. `stdin` is set when fd 0 was redirected. */
export function applyRedirs(
  m: Machine,
  rt: Runtime,
  redirs: readonly Redir[],
  base: Fds,
  env: ExpandEnv,
): { readonly fds: Fds; readonly stdin?: string } | { readonly error: string } {
  let out = base.out;
  let err = base.err;
  let stdin: string | undefined;
  const set = (fd: number, d: Dest) => {
    if (fd === 1) out = d;
    else if (fd === 2) err = d;
  };
  for (const r of redirs) {
    if (r.op === '<<' || r.op === '<<-') {
      const body = r.heredoc?.body ?? '';
      stdin = r.heredoc?.expand ? expandWord(heredocWord(body), env) : body;
      continue;
    }
    const target = expandWord(r.target, env);
    if (r.op === '>&' || r.op === '<&') {
      if (target === '-') set(r.fd, { k: 'null' });
      else if (target === '1' || target === '2') set(r.fd, target === '1' ? out : err);
      else if (r.op === '>&' && !/^\d+$/.test(target)) {
        const d = openOut(m, rt, target, false, base);
        if ('error' in d) return d;
        out = err = d;
      }
      continue;
    }
    const path = resolvePath(m.cwd, target);
    if (r.op === '<' || r.op === '<>') {
      if (r.fd !== 0) continue;
      const dev = deviceDest(path, base);
      const content = dev ? '' : rt.world.fs.read(path);
      if (content === undefined) return { error: cantOpen(m.shell, m.arg0, target) };
      stdin = content;
      continue;
    }
    const d = openOut(m, rt, target, r.op === '>>' || r.op === '&>>', base);
    if ('error' in d) return d;
    if (r.op === '&>' || r.op === '&>>') out = err = d;
    else set(r.fd, d);
  }
  return stdin === undefined ? { fds: { out, err } } : { fds: { out, err }, stdin };
}

/** Opens a file for writing (truncating unless appending) and returns where writes go. */
function openOut(m: Machine, rt: Runtime, target: string, append: boolean, base: Fds): Dest | { error: string } {
  const path = resolvePath(m.cwd, target);
  const dev = deviceDest(path, base);
  if (dev) return dev;
  const e = rt.world.fs.write(path, '', append);
  if (e) return { error: cantCreate(m.shell, m.arg0, target, e) };
  return { k: 'file', path };
}
