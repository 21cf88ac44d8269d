// The context a command runs with (CmdCtx), one per command the shell runs.
import { assignOwn } from '../own-props.js';
import { BUILTINS } from './builtins.js';
import type { CmdCtx, Runtime } from './command-types.js';
import { SHELL_TOOLS } from './commands/shell-tools.js';
import type { Call } from './exec-simple.js';
import type { Machine } from './machine-types.js';
import { own } from './own.js';
import { exportedEnv } from './shell-env.js';

/**
 * A command's context. A class rather than a literal with a getter and a closure: every command
 * makes one, and a literal with an accessor is built the slow way each time. The environment is
 * built when a command reads it (most never do), from the shell's state at that moment.
 */
export class CommandCtx implements CmdCtx {
  readonly world: CmdCtx['world'];
  readonly now: number;
  readonly cwd: string;
  readonly stdin: string;
  readonly stdinWaits: boolean;
  readonly userland: CmdCtx['userland'];
  readonly shell: CmdCtx['shell'];
  private built: Record<string, string> | undefined = undefined;

  constructor(private readonly m: Machine, private readonly rt: Runtime, private readonly call: Call) {
    this.world = rt.world;
    this.now = m.clock;
    this.cwd = m.cwd;
    this.stdin = call.stdin ?? '';
    this.stdinWaits = call.stdin === undefined && !!rt.world.stdinOpen && m.id === 0;
    this.userland = rt.world.image.userland;
    this.shell = m.shell;
  }

  get env(): Record<string, string> {
    this.built ??= assignOwn(exportedEnv(this.m), this.call.assigns);
    return this.built;
  }

  has(n: string): boolean {
    return !!own(BUILTINS, n) || !!own(SHELL_TOOLS, n) || this.rt.lookup(n, this.m, {}).kind !== 'missing';
  }
}
