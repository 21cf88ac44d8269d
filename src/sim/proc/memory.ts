// Memory over time, so the kubelet can find when a container crosses its limit without polling.

import type { Millis } from '../api/types.js';
import type { MemoryPart, Proc } from './process-types.js';

/** What every process holds (the runtime's and a shell's pages). */
export const BASE_MEMORY_BYTES = 256 * 1024;

export function memoryAt(proc: Pick<Proc, 'memory' | 'exited'>, t: Millis): number {
  if (proc.exited) return 0;
  let total = BASE_MEMORY_BYTES;
  for (const p of proc.memory) if (p.from <= t) total += p.bytes + Math.floor((p.growBytesPerSecond * (t - p.from)) / 1000);
  return total;
}

/** The first time at or after `from` when memory reaches `bytes`; undefined if it never does. */
export function timeToReachMemory(proc: Pick<Proc, 'memory' | 'exited'>, bytes: number, from: Millis): Millis | undefined {
  if (proc.exited) return undefined;
  if (memoryAt(proc, from) >= bytes) return from;
  const points = [...new Set(proc.memory.map((p) => p.from).filter((t) => t > from))].sort((a, b) => a - b);
  let start = from;
  for (const end of [...points, Infinity]) {
    const slope = proc.memory.filter((p: MemoryPart) => p.from <= start).reduce((s, p) => s + p.growBytesPerSecond, 0);
    const atStart = memoryAt(proc, start);
    if (atStart >= bytes) return start;
    if (slope > 0) {
      const t = start + Math.ceil(((bytes - atStart) * 1000) / slope);
      if (t <= end) return t;
    }
    start = end;
  }
  return undefined;
}
