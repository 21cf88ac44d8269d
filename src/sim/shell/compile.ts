// Compiles the syntax tree into flat instruction lists ("chunks") with jumps, so a running shell
// is a chunk index and a program counter: plain data that stops at any `sleep` and resumes later.

import type { Node, Redir, SimpleCmd, Word } from './ast.js';

export type Instr =
  /** Run one simple command. `cond`: its failure does not trigger `set -e`. `tail`: last command of a `-c` script. */
  | { readonly op: 'run'; readonly cmd: SimpleCmd; readonly cond: boolean; readonly tail: boolean }
  /** A pipeline of simple commands (stdout of each is stdin of the next). */
  | { readonly op: 'pipe'; readonly cmds: readonly SimpleCmd[]; readonly cond: boolean }
  | { readonly op: 'not' }
  | { readonly op: 'jmp'; readonly to: number }
  /** Jump when `$?` is 0 (`jz`) or not 0 (`jnz`). */
  | { readonly op: 'jz'; readonly to: number }
  | { readonly op: 'jnz'; readonly to: number }
  | { readonly op: 'status'; readonly value: number }
  /** Starts a `for` loop: items expanded now (undefined: `"$@"`). */
  | { readonly op: 'forInit'; readonly name: string; readonly items?: readonly Word[] }
  | { readonly op: 'forNext'; readonly end: number }
  | { readonly op: 'iterPop'; readonly count: number }
  | { readonly op: 'redirPush'; readonly redirs: readonly Redir[] }
  | { readonly op: 'redirPop' }
  /** `cmd &`: the chunk runs as a background job. */
  | { readonly op: 'bg'; readonly chunk: number }
  /** `( ... )`: the chunk runs in a subshell (its variable changes are dropped). */
  | { readonly op: 'sub'; readonly chunk: number }
  | { readonly op: 'def'; readonly name: string; readonly chunk: number }
  | { readonly op: 'case'; readonly word: Word; readonly arms: readonly { readonly patterns: readonly Word[]; readonly to: number }[]; readonly end: number }
  | { readonly op: 'end' };

export type Chunk = readonly Instr[];

interface Loop {
  readonly isFor: boolean;
  readonly breaks: number[];
  readonly continues: number[];
}

/**
 * Appends the chunks of `node` to `chunks` and returns the index of its entry chunk.
 * `script`: a `sh -c` script, whose last command may replace the shell (see `tail`).
 */
export function compile(node: Node, chunks: Instr[][], script = false): number {
  const index = chunks.length;
  chunks.push([]);
  const out = new Emitter(chunks, index);
  out.node(node, false, script);
  out.push({ op: 'end' });
  return index;
}

class Emitter {
  private readonly code: Instr[];
  private readonly loops: Loop[] = [];
  constructor(private readonly chunks: Instr[][], index: number) {
    this.code = chunks[index];
  }

  push(i: Instr): number {
    this.code.push(i);
    return this.code.length - 1;
  }
  private here(): number {
    return this.code.length;
  }
  private patch(at: number, to: number): void {
    this.code[at] = { ...(this.code[at] as { op: 'jmp' }), to };
  }

  node(n: Node, cond: boolean, tail: boolean): void {
    switch (n.t) {
      case 'simple':
        if (!this.loopControl(n)) this.push({ op: 'run', cmd: n, cond, tail });
        return;
      case 'pipeline': {
        const simple = n.cmds.every((c) => c.t === 'simple');
        if (n.cmds.length === 1) this.node(n.cmds[0], cond || n.bang, false);
        else if (simple) this.push({ op: 'pipe', cmds: n.cmds as SimpleCmd[], cond: cond || n.bang });
        else for (const c of n.cmds) this.node(c, cond || n.bang, false);
        if (n.bang) this.push({ op: 'not' });
        return;
      }
      case 'andor': {
        // Note: `a && b || c` is `(a && b) || c`: a skipped part leaves $? for the next operator.
        const last = n.rest.length - 1;
        this.node(n.first, true, false);
        n.rest.forEach((r, i) => {
          const j = this.push({ op: r.op === '&&' ? 'jnz' : 'jz', to: -1 });
          this.node(r.node, cond || i < last, tail && i === last);
          this.patch(j, this.here());
        });
        return;
      }
      case 'list':
        n.items.forEach((item, i) => {
          if (item.bg) this.push({ op: 'bg', chunk: compile(item.node, this.chunks) });
          else this.node(item.node, cond, tail && i === n.items.length - 1);
        });
        return;
      case 'if': {
        this.redirOpen(n.redirs);
        const ends: number[] = [];
        for (const arm of n.arms) {
          this.node(arm.cond, true, false);
          const skip = this.push({ op: 'jnz', to: -1 });
          this.node(arm.body, cond, false);
          ends.push(this.push({ op: 'jmp', to: -1 }));
          this.patch(skip, this.here());
        }
        if (n.else) this.node(n.else, cond, false);
        else this.push({ op: 'status', value: 0 });
        for (const e of ends) this.patch(e, this.here());
        this.redirClose(n.redirs);
        return;
      }
      case 'loop': {
        this.redirOpen(n.redirs);
        const top = this.here();
        this.node(n.cond, true, false);
        const exit = this.push({ op: n.until ? 'jz' : 'jnz', to: -1 });
        const loop: Loop = { isFor: false, breaks: [], continues: [] };
        this.loops.push(loop);
        this.node(n.body, cond, false);
        this.loops.pop();
        this.push({ op: 'jmp', to: top });
        this.patch(exit, this.here());
        this.push({ op: 'status', value: 0 });
        const after = this.here() - 1;
        for (const b of loop.breaks) this.patch(b, after);
        for (const c of loop.continues) this.patch(c, top);
        this.redirClose(n.redirs);
        return;
      }
      case 'for': {
        this.redirOpen(n.redirs);
        this.push(n.items ? { op: 'forInit', name: n.name, items: n.items } : { op: 'forInit', name: n.name });
        const next = this.push({ op: 'forNext', end: -1 });
        const loop: Loop = { isFor: true, breaks: [], continues: [] };
        this.loops.push(loop);
        this.node(n.body, cond, false);
        this.loops.pop();
        this.push({ op: 'jmp', to: next });
        const end = this.here();
        this.code[next] = { op: 'forNext', end };
        for (const b of loop.breaks) this.patch(b, end);
        for (const c of loop.continues) this.patch(c, next);
        this.redirClose(n.redirs);
        return;
      }
      case 'case': {
        this.redirOpen(n.redirs);
        const at = this.push({ op: 'case', word: n.word, arms: [], end: -1 });
        const arms: { patterns: readonly Word[]; to: number }[] = [];
        const ends: number[] = [];
        for (const arm of n.arms) {
          arms.push({ patterns: arm.patterns, to: this.here() });
          if (arm.body) this.node(arm.body, cond, false);
          else this.push({ op: 'status', value: 0 });
          ends.push(this.push({ op: 'jmp', to: -1 }));
        }
        const end = this.here();
        this.push({ op: 'status', value: 0 });
        for (const e of ends) this.patch(e, end + 1);
        this.code[at] = { op: 'case', word: n.word, arms, end };
        this.redirClose(n.redirs);
        return;
      }
      case 'group':
        if (n.subshell) {
          this.redirOpen(n.redirs);
          this.push({ op: 'sub', chunk: compile(n.body, this.chunks) });
          this.redirClose(n.redirs);
        } else {
          this.redirOpen(n.redirs);
          this.node(n.body, cond, tail && n.redirs.length === 0);
          this.redirClose(n.redirs);
        }
        return;
      case 'func':
        this.push({ op: 'def', name: n.name, chunk: compile(n.body, this.chunks) });
        return;
    }
  }

  private redirOpen(redirs: readonly Redir[]): void {
    if (redirs.length) this.push({ op: 'redirPush', redirs });
  }
  private redirClose(redirs: readonly Redir[]): void {
    if (redirs.length) this.push({ op: 'redirPop' });
  }

  /** `break [n]` and `continue [n]` with literal arguments become jumps. */
  private loopControl(n: SimpleCmd): boolean {
    const name = plainText(n.words[0]);
    if ((name !== 'break' && name !== 'continue') || n.assigns.length || n.redirs.length) return false;
    const levels = n.words[1] ? Number(plainText(n.words[1])) : 1;
    if (!Number.isInteger(levels) || levels < 1) return false;
    if (this.loops.length === 0) {
      this.push({ op: 'status', value: 0 });
      return true;
    }
    const depth = Math.min(levels, this.loops.length);
    const target = this.loops[this.loops.length - depth];
    const inner = this.loops.slice(this.loops.length - depth + (name === 'continue' ? 1 : 0));
    const fors = inner.filter((l) => l.isFor).length;
    if (fors) this.push({ op: 'iterPop', count: fors });
    const j = this.push({ op: 'jmp', to: -1 });
    (name === 'break' ? target.breaks : target.continues).push(j);
    return true;
  }
}

/** The text of a word without expansions, or undefined. */
export function plainText(w: Word | undefined): string | undefined {
  if (!w || !w.every((p) => p.k === 'lit')) return undefined;
  return w.map((p) => (p as { v: string }).v).join('');
}
