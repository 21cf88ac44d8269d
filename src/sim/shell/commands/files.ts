// File tools over the simulated filesystem: cat, touch, rm, rmdir, mkdir, ls, cp, mv, tee, chmod.
// Messages follow busybox (alpine, busybox images) or GNU coreutils (Debian images).

import { type FsErrno, errnoText } from '../../proc/fs.js';
import { baseName, resolvePath } from '../../proc/paths.js';
import type { CmdCtx, CmdOutcome, CommandImpl } from '../command-types.js';

export const done = (status: number, stdout = '', stderr = ''): CmdOutcome => ({ kind: 'done', status, stdout, stderr });
const gnu = (ctx: CmdCtx) => ctx.userland === 'gnu';

/** Splits `-rf`-style flags from operands (a lone `-` and everything after `--` are operands). */
export function flags(argv: readonly string[], withValue = ''): { on: Set<string>; values: Record<string, string>; args: string[] } {
  const on = new Set<string>();
  const values: Record<string, string> = {};
  const args: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) on.add(a);
    else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (withValue.includes(f)) {
          values[f] = a.slice(j + 1) || argv[++i] || '';
          break;
        }
        on.add(f);
      }
    } else args.push(a);
  }
  return { on, values, args };
}

const cat: CommandImpl = (argv, ctx) => {
  const { args } = flags(argv);
  if (args.length === 0 || (args.length === 1 && args[0] === '-')) {
    if (ctx.stdinWaits) return { kind: 'run', behaviour: {} };
    return done(0, ctx.stdin);
  }
  let out = '';
  let err = '';
  let status = 0;
  for (const a of args) {
    const path = resolvePath(ctx.cwd, a);
    const content = a === '-' ? ctx.stdin : ctx.world.fs.read(path);
    if (content !== undefined) out += content;
    else {
      const kind = ctx.world.fs.stat(path);
      status = 1;
      if (kind === 'dir') err += gnu(ctx) ? `cat: ${a}: Is a directory\n` : 'cat: read error: Is a directory\n';
      else err += gnu(ctx) ? `cat: ${a}: No such file or directory\n` : `cat: can't open '${a}': No such file or directory\n`;
    }
  }
  return done(status, out, err);
};

const touch: CommandImpl = (argv, ctx) => {
  const { args } = flags(argv, 'dtr');
  let err = '';
  for (const a of args) {
    const path = resolvePath(ctx.cwd, a);
    if (ctx.world.fs.stat(path)) continue;
    const e = ctx.world.fs.write(path, '', true);
    if (e) err += gnu(ctx) ? `touch: cannot touch '${a}': ${errnoText(e)}\n` : `touch: ${a}: ${errnoText(e)}\n`;
  }
  if (args.length === 0) return done(1, '', gnu(ctx) ? 'touch: missing file operand\n' : 'BusyBox: touch: missing operand\n');
  return done(err ? 1 : 0, '', err);
};

const rm: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv);
  const force = on.has('f') || on.has('--force');
  const recursive = on.has('r') || on.has('R') || on.has('--recursive');
  let err = '';
  for (const a of args) {
    const e = ctx.world.fs.remove(resolvePath(ctx.cwd, a), recursive);
    if (!e || (e === 'ENOENT' && force)) continue;
    if (e === 'EISDIR') err += gnu(ctx) ? `rm: cannot remove '${a}': Is a directory\n` : `rm: '${a}' is a directory\n`;
    else err += `rm: ${gnu(ctx) ? 'cannot' : "can't"} remove '${a}': ${errnoText(e)}\n`;
  }
  if (args.length === 0 && !force) return done(1, '', gnu(ctx) ? 'rm: missing operand\n' : 'BusyBox: rm: missing operand\n');
  return done(err ? 1 : 0, '', err);
};

const rmdir: CommandImpl = (argv, ctx) => {
  let err = '';
  for (const a of flags(argv).args) {
    const e = ctx.world.fs.remove(resolvePath(ctx.cwd, a), false, true);
    if (e) err += `rmdir: ${gnu(ctx) ? `failed to remove '${a}'` : `'${a}'`}: ${errnoText(e)}\n`;
  }
  return done(err ? 1 : 0, '', err);
};

const mkdir: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv, 'm');
  let err = '';
  for (const a of args) {
    const e = ctx.world.fs.mkdir(resolvePath(ctx.cwd, a), on.has('p') || on.has('--parents'));
    if (e) err += `mkdir: ${gnu(ctx) ? 'cannot' : "can't"} create directory '${a}': ${errnoText(e)}\n`;
  }
  return done(err ? 1 : 0, '', err);
};

const ls: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv);
  const targets = args.length ? args : ['.'];
  const all = on.has('a') || on.has('A');
  let out = '';
  let err = '';
  const long = on.has('l');
  const fmt = (name: string, path: string) => {
    if (!long) return name;
    const isDir = ctx.world.fs.stat(path) === 'dir';
    const size = isDir ? 4096 : (ctx.world.fs.read(path) ?? '').length;
    return `${isDir ? 'drwxr-xr-x' : '-rw-r--r--'}    ${isDir ? 2 : 1} root     root     ${String(size).padStart(8)} Jan  1 00:00 ${name}`;
  };
  for (const t of targets) {
    const path = resolvePath(ctx.cwd, t);
    const kind = ctx.world.fs.stat(path);
    if (kind === undefined) {
      err += gnu(ctx) ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`;
      continue;
    }
    if (kind === 'file') {
      out += fmt(t, path) + '\n';
      continue;
    }
    if (targets.length > 1) out += `${t}:\n`;
    const names = (ctx.world.fs.list(path) ?? []).filter((n) => all || !n.startsWith('.'));
    out += names.map((n) => fmt(n, resolvePath(path, n)) + '\n').join('');
  }
  return done(err ? (gnu(ctx) ? 2 : 1) : 0, out, err);
};

const copy = (move: boolean): CommandImpl => (argv, ctx) => {
  const { args } = flags(argv);
  const name = move ? 'mv' : 'cp';
  if (args.length < 2) return done(1, '', `${name}: missing file operand\n`);
  const dest = args[args.length - 1];
  let err = '';
  for (const src of args.slice(0, -1)) {
    const from = resolvePath(ctx.cwd, src);
    const content = ctx.world.fs.read(from);
    if (content === undefined) {
      err += `${name}: ${gnu(ctx) ? 'cannot stat' : "can't stat"} '${src}': ${errnoText(ctx.world.fs.stat(from) === 'dir' ? 'EISDIR' : 'ENOENT')}\n`;
      continue;
    }
    let to = resolvePath(ctx.cwd, dest);
    if (ctx.world.fs.stat(to) === 'dir') to = resolvePath(to, baseName(from));
    const e: FsErrno | undefined = ctx.world.fs.write(to, content, false) ?? (move ? ctx.world.fs.remove(from, false) : undefined);
    if (e) err += `${name}: ${gnu(ctx) ? 'cannot create' : "can't create"} '${dest}': ${errnoText(e)}\n`;
  }
  return done(err ? 1 : 0, '', err);
};

const tee: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv);
  let err = '';
  for (const a of args) {
    const e = ctx.world.fs.write(resolvePath(ctx.cwd, a), ctx.stdin, on.has('a'));
    if (e) err += `tee: ${a}: ${errnoText(e)}\n`;
  }
  return done(err ? 1 : 0, ctx.stdin, err);
};

/** Accepted and ignored (no permissions or owners in the model), but the file must exist. */
const attrs = (name: string): CommandImpl => (argv, ctx) => {
  const { args } = flags(argv);
  const missing = args.slice(1).filter((a) => ctx.world.fs.stat(resolvePath(ctx.cwd, a)) === undefined);
  return done(missing.length ? 1 : 0, '', missing.map((a) => `${name}: ${a}: No such file or directory\n`).join(''));
};

export const FILE_TOOLS: Readonly<Record<string, CommandImpl>> = {
  cat, touch, rm, rmdir, mkdir, ls, cp: copy(false), mv: copy(true), tee,
  chmod: attrs('chmod'), chown: attrs('chown'), chgrp: attrs('chgrp'), ln: () => done(0), sync: () => done(0),
};
