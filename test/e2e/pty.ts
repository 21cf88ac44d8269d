import { spawn, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { resolve } from 'node:path';

const { Terminal } = xterm;
export const CLI = resolve(__dirname, '../../dist/cli.js');

export const KEYS = {
  up: '\u001b[A', down: '\u001b[B', right: '\u001b[C', left: '\u001b[D',
  enter: '\r', esc: '\u001b', ctrlC: '\u0003', space: ' ', tab: '\t', backspace: '\u007f',
} as const;

/** A person at a terminal: the built CLI in a pseudo-terminal, read through a real emulator. */
export interface Session {
  readonly screen: () => string;
  readonly type: (text: string) => Promise<void>;
  readonly press: (...keys: string[]) => Promise<void>;
  readonly waitFor: (want: string | RegExp | ((screen: string) => boolean), timeoutMs?: number) => Promise<string>;
  readonly resize: (cols: number, rows: number) => void;
  readonly exited: Promise<number>;
  readonly output: () => string;
  readonly kill: () => void;
}

export function startCli(args: string[], opts: { cols?: number; rows?: number; env?: Record<string, string>; cwd?: string } = {}): Session {
  const cols = opts.cols ?? 80;
  const rows = opts.rows ?? 24;
  const term = new Terminal({ cols, rows, allowProposedApi: true });
  const pty: IPty = spawn(process.execPath, [CLI, ...args], {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: opts.cwd ?? process.cwd(),
    env: { ...process.env, CI: 'false', FORCE_COLOR: '0', LANG: 'en_US.UTF-8', ...opts.env } as Record<string, string>,
  });
  let raw = '';
  let pending = Promise.resolve();
  pty.onData((data) => {
    raw += data;
    pending = pending.then(() => new Promise<void>((done) => term.write(data, done)));
  });
  const exited = new Promise<number>((done) => pty.onExit(({ exitCode }) => done(exitCode)));

  const screen = () => {
    const buffer = term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return lines.join('\n');
  };
  const settle = () => new Promise((done) => setTimeout(done, 40));

  return {
    screen,
    output: () => raw,
    type: async (text) => {
      pty.write(text);
      await settle();
    },
    press: async (...keys) => {
      for (const key of keys) {
        pty.write(key);
        // Note: a lone ESC is only told apart from an escape sequence after a short pause.
        await settle();
      }
    },
    waitFor: async (want, timeoutMs = 10_000) => {
      const test = typeof want === 'function' ? want : (s: string) => (typeof want === 'string' ? s.includes(want) : want.test(s));
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await pending;
        const s = screen();
        if (test(s)) return s;
        if (Date.now() > deadline) throw new Error(`screen never showed ${String(want)}; it shows:\n${s}`);
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    resize: (c, r) => {
      pty.resize(c, r);
      term.resize(c, r);
    },
    exited,
    kill: () => {
      try {
        pty.kill();
      } catch {
        // already gone
      }
    },
  };
}
