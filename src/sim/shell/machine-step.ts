// One instruction of a machine: the meaning of each compiled op.

import type { Runtime } from './command-types.js';
import { execSimple } from './exec-simple.js';
import { expandFields, expandPattern, expandWord } from './expand.js';
import { endFrame, pushFrame, scopeOf } from './frames.js';
import { matchPattern } from './glob.js';
import { forkJob } from './machine.js';
import type { Machine } from './machine-types.js';
import { execPipeline } from './pipeline.js';
import { applyRedirs, currentFds, write } from './redirect.js';
import { expandEnvFor } from './shell-env.js';

export function step(m: Machine, rt: Runtime): void {
  const f = m.frames[m.frames.length - 1];
  const ins = m.chunks[f.chunk][f.pc++];
  switch (ins.op) {
    case 'run':
      return execSimple(m, rt, ins.cmd, ins.tail, ins.cond);
    case 'pipe':
      return execPipeline(m, rt, ins.cmds, ins.cond);
    case 'not':
      m.status = m.status === 0 ? 1 : 0;
      return;
    case 'jmp':
      f.pc = ins.to;
      return;
    case 'jz':
      if (m.status === 0) f.pc = ins.to;
      return;
    case 'jnz':
      if (m.status !== 0) f.pc = ins.to;
      return;
    case 'status':
      m.status = ins.value;
      return;
    case 'forInit': {
      const items = ins.items ? expandFields(ins.items, expandEnvFor(m, rt)) : [...m.positional];
      m.iters.push({ name: ins.name, items, next: 0 });
      m.status = 0;
      return;
    }
    case 'forNext': {
      const it = m.iters[m.iters.length - 1];
      if (it && it.next < it.items.length) m.vars[it.name] = it.items[it.next++];
      else {
        m.iters.pop();
        f.pc = ins.end;
      }
      return;
    }
    case 'iterPop':
      m.iters.length = Math.max(0, m.iters.length - ins.count);
      return;
    case 'redirPush': {
      const r = applyRedirs(m, rt, ins.redirs, currentFds(m), expandEnvFor(m, rt));
      if ('error' in r) {
        write(m, rt, currentFds(m).err, r.error + '\n', m.clock);
        m.status = 1;
      }
      m.fdStack.push('error' in r ? currentFds(m) : r.fds);
      return;
    }
    case 'redirPop':
      if (m.fdStack.length > 1) m.fdStack.pop();
      return;
    case 'bg': {
      m.lastBg = rt.spawn((id) => forkJob(m, id, ins.chunk));
      m.status = 0;
      return;
    }
    case 'sub':
      pushFrame(m, 'sub', ins.chunk, { saved: scopeOf(m) });
      return;
    case 'def':
      m.funcs[ins.name] = ins.chunk;
      m.status = 0;
      return;
    case 'case': {
      const env = expandEnvFor(m, rt);
      const value = expandWord(ins.word, env);
      const arm = ins.arms.find((a) => a.patterns.some((p) => matchPattern(expandPattern(p, env), value)));
      f.pc = arm ? arm.to : ins.end;
      return;
    }
    case 'end':
      return endFrame(m, rt);
  }
}

