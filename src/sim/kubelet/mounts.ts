// Volume set-up before the sandbox (the volume manager, pkg/kubelet/volumemanager): a ConfigMap
// or Secret volume whose object is missing fails with FailedMount, retried with the operation
// executor's exponential backoff (500 ms doubling to 2m2s), and the pod stays ContainerCreating
// until the object exists.
import type { Millis, Volume } from '../api/types.js';
import { getObject } from '../store/store.js';
import { podEvent, retryAt, type Ctx } from './context.js';

const FIRST_RETRY_MS: Millis = 500;
const MAX_RETRY_MS: Millis = 122_000;

function missing(ctx: Ctx, v: Volume): string | undefined {
  const ns = ctx.pr.namespace;
  const store = ctx.state.store;
  if (v.configMap && !v.configMap.optional && !getObject(store, 'ConfigMap', ns, v.configMap.name)) {
    return `configmap "${v.configMap.name}" not found`;
  }
  if (v.secret && !v.secret.optional && !getObject(store, 'Secret', ns, v.secret.secretName)) {
    return `secret "${v.secret.secretName}" not found`;
  }
  return undefined;
}

/** True when every volume can be set up; otherwise records FailedMount and asks for a retry. */
export function volumesReady(ctx: Ctx): boolean {
  const { pr, state } = ctx;
  const failures = (ctx.pod.spec.volumes ?? []).flatMap((v) => {
    const why = missing(ctx, v);
    return why ? [{ name: v.name, why }] : [];
  });
  if (failures.length === 0) {
    pr.mountRetry = undefined;
    return true;
  }
  const due = pr.mountRetry;
  if (due === undefined || state.now >= due.at) {
    for (const f of failures) podEvent(ctx, 'Warning', 'FailedMount', `MountVolume.SetUp failed for volume "${f.name}" : ${f.why}`);
    const delay = due === undefined ? FIRST_RETRY_MS : Math.min(due.delay * 2, MAX_RETRY_MS);
    pr.mountRetry = { at: state.now + delay, delay };
  }
  retryAt(pr, pr.mountRetry!.at);
  return false;
}
