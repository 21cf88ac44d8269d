// Pipelines: each command's output becomes the next one's input. Commands finish at once here,
// so a pipeline runs stage by stage; a long-running stage ends the pipeline with a warning.

import type { SimpleCmd } from './ast.js';
import type { Runtime } from './command-types.js';
import { dispatch, prepare } from './exec-simple.js';
import { exitFrom } from './frames.js';
import type { Machine } from './machine-types.js';
import { currentFds } from './redirect.js';
import { warningText } from '../proc/warnings.js';

export function execPipeline(m: Machine, rt: Runtime, cmds: readonly SimpleCmd[], cond: boolean): void {
  let input = '';
  for (let i = 0; i < cmds.length; i++) {
    const base = currentFds(m);
    const last = i === cmds.length - 1;
    const p = prepare(m, rt, cmds[i], last ? base : { out: { k: 'capture', stream: 'stdout' }, err: base.err });
    if (!p || p.argv.length === 0) {
      input = '';
      continue;
    }
    const stdin = p.stdin ?? input;
    if (last) {
      dispatch(m, rt, p.argv, { fds: p.fds, stdin, assigns: p.assigns, final: false, depth: 0 });
      break;
    }
    const saved = m.captured;
    const frames = m.frames.length;
    m.captured = { stdout: '', stderr: '', all: '' };
    dispatch(m, rt, p.argv, { fds: p.fds, stdin, assigns: p.assigns, final: false, depth: 1 });
    input = m.captured.stdout;
    m.captured = saved;
    if (m.fg || m.waitingFor || m.frames.length !== frames) {
      rt.warn(warningText('pipelineStageRuns', { cmd: p.argv.join(' ') }));
      if (m.fg) m.fg = { ...m.fg, fds: base };
      else if (m.frames.length !== frames) m.fdStack[m.fdStack.length - 1] = base;
      return;
    }
  }
  if (m.errexit && !cond && m.status !== 0 && !m.fg && m.done === undefined) exitFrom(m, rt, m.status);
}
