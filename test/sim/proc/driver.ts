// Drives one process the way the kubelet does: steps at each wakeAt, signals at a given time.

import type { Signal } from '../../../src/sim/proc/index.js';
import { type LogLine, type Proc, type ProcExit, type ProcStep, runExec, signalProcess, startProcess, stepProcess } from '../../../src/sim/proc/index.js';
import { TestWorld, type TestWorldOptions } from './world.js';

export class Driver {
  readonly tw: TestWorld;
  proc: Proc;
  logs: LogLine[] = [];
  warnings: string[] = [];
  exit?: ProcExit;
  exitAt?: number;
  wakeAt?: number;

  constructor(argv: readonly string[], opts: TestWorldOptions = {}) {
    this.tw = new TestWorld(opts);
    this.proc = startProcess(argv, this.tw.world());
    this.take(stepProcess(this.proc, this.tw.world()));
    // The tested process answers on the pod IP and through every Service.
    const me = () => ({ proc: this.proc, world: this.tw.world() });
    this.tw.targets.set('10.244.1.5', me);
    this.tw.targets.set('127.0.0.1', me);
  }

  private take(s: ProcStep): void {
    this.proc = s.proc;
    this.logs.push(...s.logs);
    this.warnings.push(...s.warnings);
    this.wakeAt = s.wakeAt;
    if (s.exit && !this.exit) {
      this.exit = s.exit;
      this.exitAt = this.tw.now;
    }
  }

  /** Steps at every wakeAt up to `t`, then sets the clock to `t`. */
  advanceTo(t: number): this {
    let guard = 0;
    while (!this.exit && this.wakeAt !== undefined && this.wakeAt <= t && guard++ < 100_000) {
      this.tw.now = this.wakeAt;
      this.take(stepProcess(this.proc, this.tw.world()));
    }
    this.tw.now = t;
    return this;
  }

  signal(sig: Signal, t: number): this {
    this.advanceTo(t);
    this.take(signalProcess(this.proc, sig, this.tw.world()));
    return this;
  }

  exec(argv: readonly string[], timeoutMs = 1000) {
    return runExec(argv, this.tw.world(), timeoutMs);
  }

  /** Log texts (one per line). */
  text(stream?: 'stdout' | 'stderr'): string[] {
    return this.logs.filter((l) => !stream || l.stream === stream).map((l) => l.text);
  }
}

/** Shorthand: `sh -c SCRIPT` in busybox. */
export const sh = (script: string, opts: TestWorldOptions = {}) => new Driver(['sh', '-c', script], opts);
