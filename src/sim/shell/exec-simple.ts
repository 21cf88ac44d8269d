// Running one simple command: expansion, redirections, then a function, a builtin or a program
// found on PATH; and pipelines of simple commands.

import type { Behaviour } from '../proc/behaviour-types.js';
import type { SimpleCmd } from './ast.js';
import { BUILTINS } from './builtins.js';
import type { CmdCtx, CmdOutcome, Runtime } from './command-types.js';
import { SHELL_TOOLS } from './commands/shell-tools.js';
import { compileText } from './compile-cache.js';
import { expandFields, expandWord, plainFields } from './expand.js';
import { exitFrom, pushFrame, scopeOf } from './frames.js';
import type { Fds, Machine } from './machine-types.js';
import { notFound, syntaxErrorText } from './messages.js';
import { own } from './own.js';
import { expandEnvFor, exportedEnv } from './shell-env.js';
import { applyRedirs, currentFds, write } from './redirect.js';
import { startRunning } from './running.js';
import { warningText } from '../proc/warnings.js';
import { assignOwn } from '../own-props.js';
import { CommandCtx } from './cmd-ctx.js';

/** How a command was reached. `final`: it replaces its shell (exec). */
export interface Call {
  readonly fds: Fds;
  readonly stdin?: string;
  readonly assigns: Readonly<Record<string, string>>;
  readonly final: boolean;
  readonly depth: number;
  /** Started by an init that forwards signals (tini): default signal actions apply. */
  readonly underInit?: boolean;
}

/** Expands and redirects a command; undefined when a redirection failed (already reported). */
export function prepare(m: Machine, rt: Runtime, cmd: SimpleCmd, base: Fds) {
  // A command of plain words only (`sleep 60`, `echo tick`) reads nothing of the shell's state:
  // the same result as below, without building the expansion environment.
  if (cmd.assigns.length === 0 && cmd.redirs.length === 0) {
    const argv = plainFields(cmd.words);
    if (argv) return { argv, assigns: {}, fds: { out: base.out, err: base.err }, stdin: undefined, substStatus: undefined };
  }
  const env = expandEnvFor(m, rt);
  const assigns = Object.fromEntries(cmd.assigns.map((a) => [a.name, expandWord(a.value, env)]));
  const argv = expandFields(cmd.words, env);
  const red = applyRedirs(m, rt, cmd.redirs, base, env);
  if ('error' in red) {
    write(m, rt, base.err, red.error + '\n', m.clock);
    m.status = 1;
    return undefined;
  }
  return { argv, assigns, fds: red.fds, stdin: red.stdin, substStatus: env.substStatus };
}

export function execSimple(m: Machine, rt: Runtime, cmd: SimpleCmd, tail: boolean, cond: boolean): void {
  const p = prepare(m, rt, cmd, currentFds(m));
  if (p && p.argv.length === 0) {
    Object.assign(m.vars, p.assigns);
    m.status = p.substStatus ?? 0;
  } else if (p) {
    dispatch(m, rt, p.argv, { fds: p.fds, stdin: p.stdin, assigns: p.assigns, final: replacesShell(m, tail), depth: 0 });
  }
  if (m.errexit && !cond && m.status !== 0 && !m.fg && !m.waitingFor && m.done === undefined) exitFrom(m, rt, m.status);
}

/** ash and dash exec the last command of a `-c` script instead of forking (no traps set). */
function replacesShell(m: Machine, tail: boolean): boolean {
  const f = m.frames[m.frames.length - 1];
  if (f.kind === 'boot') return true;
  return tail && f.kind === 'script' && m.frames.length === 1 && !hasTrap(m.traps) && m.pending.length === 0;
}

/** Whether any trap is set (`Object.values(traps).some(Boolean)`, without the list). */
function hasTrap(traps: Machine['traps']): boolean {
  for (const k of Object.keys(traps)) if (traps[k]) return true;
  return false;
}

export function dispatch(m: Machine, rt: Runtime, argv: readonly string[], call: Call): void {
  const name = argv[0];
  const func = call.depth === 0 ? own(m.funcs, name) : undefined;
  if (func !== undefined) {
    pushFrame(m, 'func', func, { savedArgs: [...m.positional] });
    m.positional = argv.slice(1);
    Object.assign(m.vars, call.assigns);
    return;
  }
  const builtin = own(BUILTINS, name);
  if (builtin) return builtin(m, rt, argv, call);
  const ctx = cmdCtx(m, rt, call);
  const tool = own(SHELL_TOOLS, name);
  if (tool) return outcome(m, rt, argv, tool(argv, ctx), call);
  const look = rt.lookup(name, m, pathOnly(m, call));
  switch (look.kind) {
    case 'found':
      return outcome(m, rt, argv, look.impl(argv, ctx), call);
    case 'missing':
      if (m.frames[m.frames.length - 1].kind === 'boot') {
        // Note: the runtime, not a shell, fails to start PID 1 (runc via containerd): StartError, 128.
        m.startError = startErrorText(name);
        m.status = 128;
        return;
      }
      write(m, rt, call.fds.err, notFound(m.shell, m.arg0, name) + '\n', m.clock);
      m.status = 127;
      return;
    case 'unmodelled': {
      const vars = { cmd: argv.join(' '), prog: name.slice(name.lastIndexOf('/') + 1) };
      if (rt.mode === 'exec') {
        rt.warn(warningText('uninterpretedSucceeds', vars));
        m.status = 0;
        return;
      }
      rt.warn(warningText('uninterpretedRuns', vars));
      return startFg(m, name, {}, call);
    }
  }
}

/** containerd's message when the container's command does not exist. */
export function startErrorText(name: string): string {
  const what = name.includes('/') ? `exec: "${name}": stat ${name}: no such file or directory` : `exec: "${name}": executable file not found in $PATH`;
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${what}: unknown`;
}

/** `PATH` as the command's environment would have it: all a PATH search reads. */
function pathOnly(m: Machine, call: Call): Readonly<Record<string, string>> {
  const path = Object.prototype.hasOwnProperty.call(call.assigns, 'PATH')
    ? call.assigns.PATH
    : m.exported.includes('PATH') ? own(m.vars, 'PATH') : undefined;
  return path === undefined ? {} : { PATH: path };
}

function cmdCtx(m: Machine, rt: Runtime, call: Call): CmdCtx {
  return new CommandCtx(m, rt, call);
}

export function startFg(m: Machine, name: string, behaviour: Behaviour, call: Call): void {
  const pid1 = call.final && m.id === 0 && (m.frames[m.frames.length - 1].kind === 'boot' || m.shellIsPid1);
  m.fg = startRunning(name, behaviour, m.clock, call.fds, call.final, pid1, !!call.underInit);
}

function outcome(m: Machine, rt: Runtime, argv: readonly string[], o: CmdOutcome, call: Call): void {
  if (o.kind !== 'shell') {
    if (o.stdout) write(m, rt, call.fds.out, o.stdout, m.clock);
    if (o.stderr) write(m, rt, call.fds.err, o.stderr, m.clock);
  }
  switch (o.kind) {
    case 'done':
      if (o.warning) rt.warn(o.warning);
      m.status = o.status;
      return;
    case 'run':
      if (o.warning) rt.warn(o.warning);
      return startFg(m, argv[0], o.behaviour, call);
    case 'exec':
      if (call.depth > 8) {
        m.status = 126;
        return;
      }
      return dispatch(m, rt, o.argv, { ...call, assigns: { ...call.assigns, ...o.env }, depth: call.depth + 1, underInit: call.underInit || o.underInit });
    case 'shell':
      return runShell(m, rt, o, call);
  }
}

/** A shell starts a script: it replaces the current one (exec) or runs as a child. */
function runShell(m: Machine, rt: Runtime, o: Extract<CmdOutcome, { kind: 'shell' }>, call: Call): void {
  const chunk = compileText(m, o.src, true);
  if (typeof chunk !== 'number') {
    write(m, rt, call.fds.err, syntaxErrorText(o.shell, o.arg0, chunk) + '\n', m.clock);
    m.status = 2;
    return;
  }
  const env = assignOwn(exportedEnv(m), call.assigns);
  if (call.final) {
    const wasBoot = m.frames[m.frames.length - 1].kind === 'boot';
    m.frames = [{ kind: 'script', chunk, pc: 0, fdDepth: 1, iterDepth: 0 }];
    m.fdStack = [call.fds];
    m.iters = [];
    m.traps = {};
    m.funcs = {};
    m.shellIsPid1 = m.id === 0 && (wasBoot || m.shellIsPid1);
  } else {
    pushFrame(m, 'sub', chunk, { saved: scopeOf(m) });
    m.fdStack.push(call.fds);
    m.traps = {};
    m.funcs = {};
  }
  m.vars = env;
  m.exported = Object.keys(env);
  m.arg0 = o.arg0;
  m.positional = [...o.args];
  m.shell = o.shell;
  m.status = 0;
}
