// Lifecycle hooks and the messages of their failures (pkg/kubelet/lifecycle/handlers.go
// HandlerRunner.Run): exec in the container, HTTP GET to the pod, or sleep.
import type { LifecycleHandler, Millis } from '../api/types.js';
import { podDesc, type Ctx } from './context.js';
import { execInContainer } from './runtime.js';
import type { Instance } from './types.js';
import { instanceWorld, podHttpGet } from './world.js';

export interface HookOutcome {
  readonly ok: boolean;
  /** How long the hook ran (capped at the timeout given). */
  readonly durationMs: Millis;
  /** The handler runner's error text when it failed. */
  readonly message: string;
}

/** Go's `%v` of a []string: `[sh -c exit 1]`. */
const goList = (argv: readonly string[]): string => `[${argv.join(' ')}]`;

export function runHook(ctx: Ctx, c: number, inst: Instance, handler: LifecycleHandler, timeoutMs: Millis): HookOutcome {
  const { state, pr } = ctx;
  const rt = pr.containers[c];
  if (handler.sleep) {
    return { ok: true, durationMs: Math.min(handler.sleep.seconds * 1000, timeoutMs), message: '' };
  }
  if (handler.exec) {
    const argv = handler.exec.command ?? [];
    const w = instanceWorld(state, pr, rt, inst);
    const r = execInContainer(inst.proc, argv, w.world, timeoutMs);
    w.commit();
    if (r.exitCode === 0 && !r.timedOut) return { ok: true, durationMs: Math.min(r.durationMs, timeoutMs), message: '' };
    const err = r.timedOut
      ? `command '${argv.join(' ')}' timed out`
      : `command '${argv.join(' ')}' exited with ${r.exitCode}: ${r.output}`;
    return {
      ok: false,
      durationMs: Math.min(r.durationMs, timeoutMs),
      message: `Exec lifecycle hook (${goList(argv)}) for Container "${rt.name}" in Pod "${podDesc(pr)}" failed - error: ${err}, message: ${JSON.stringify(r.output)}`,
    };
  }
  if (handler.httpGet) {
    const h = handler.httpGet;
    const port = typeof h.port === 'number' ? h.port : (rt.spec.ports ?? []).find((p) => p.name === h.port)?.containerPort ?? 0;
    const path = h.path ?? '/';
    const host = h.host ?? pr.podIP ?? '';
    const answer = podHttpGet(state, pr, host, port, path);
    if (answer.kind === 'response' && answer.status >= 200 && answer.status < 400) return { ok: true, durationMs: 0, message: '' };
    const err = answer.kind === 'response'
      ? `HTTP lifecycle hook (${path}) for Container "${rt.name}" in Pod "${podDesc(pr)}" failed - error: Get "http://${host}:${port}${path}": HTTP ${answer.status}`
      : `HTTP lifecycle hook (${path}) for Container "${rt.name}" in Pod "${podDesc(pr)}" failed - error: Get "http://${host}:${port}${path}": dial tcp ${host}:${port}: connect: connection refused`;
    return { ok: false, durationMs: 0, message: err };
  }
  return { ok: true, durationMs: 0, message: '' };
}
