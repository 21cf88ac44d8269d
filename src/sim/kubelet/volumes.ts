// The filesystems a container sees: its own root plus the pod's volumes at their mount paths
// (emptyDir shared across the pod's containers, ConfigMap and Secret files read-only) and the
// service account files every container gets.
import type { Container, Pod, Volume } from '../api/types.js';
import { SERVICE_ACCOUNT_DIR, serviceAccountFiles } from '../proc/dns.js';
import type { FsMount } from '../proc/fs-ops.js';
import { emptyFs, makeFs, type SimFs } from '../proc/fs.js';
import { getObject } from '../store/store.js';
import type { Store } from '../store/store.js';
import { decodeBase64 } from './env.js';
import type { PodRuntime } from './types.js';

function filesFrom(data: Readonly<Record<string, string>>, items: readonly { key: string; path: string }[] | undefined): SimFs {
  const files: Record<string, string> = {};
  if (items && items.length > 0) {
    for (const it of items) if (data[it.key] !== undefined) files[`/${it.path}`] = data[it.key];
  } else {
    for (const [k, v] of Object.entries(data)) files[`/${k}`] = v;
  }
  return makeFs(files);
}

function volumeFs(store: Store, pod: Pod, pr: PodRuntime, v: Volume): { fs: SimFs; readOnly: boolean; shared: boolean } {
  const ns = pod.metadata.namespace ?? 'default';
  if (v.configMap) {
    const cm = getObject(store, 'ConfigMap', ns, v.configMap.name);
    return { fs: filesFrom(cm?.data ?? {}, v.configMap.items), readOnly: true, shared: false };
  }
  if (v.secret) {
    const s = getObject(store, 'Secret', ns, v.secret.secretName);
    const data = Object.fromEntries(Object.entries(s?.data ?? {}).map(([k, b]) => [k, decodeBase64(b)]));
    return { fs: filesFrom({ ...data, ...(s?.stringData ?? {}) }, undefined), readOnly: true, shared: false };
  }
  // The token volume ServiceAccount admission adds (kube-api-access-*): token, ca.crt, namespace.
  const sources = (v.projected as { sources?: readonly Record<string, unknown>[] } | undefined)?.sources;
  if (sources?.some((src) => 'serviceAccountToken' in src)) {
    return { fs: serviceAccountFs(pr), readOnly: true, shared: false };
  }
  // emptyDir, hostPath and anything else writable: one filesystem per pod volume.
  if (!pr.volumes.has(v.name)) pr.volumes.set(v.name, emptyFs);
  return { fs: pr.volumes.get(v.name)!, readOnly: false, shared: true };
}

/** The service account files the pod sees, built once per pod (kept on its record, not globally). */
function serviceAccountFs(pr: PodRuntime): SimFs {
  pr.serviceAccountFs ??= makeFs(serviceAccountFiles(pr.namespace));
  return pr.serviceAccountFs;
}

/** The mounts of one container, and which pod volumes to write back after a call. */
export function containerMounts(store: Store, pod: Pod, pr: PodRuntime, spec: Container | undefined): { mounts: FsMount[]; shared: (string | undefined)[] } {
  const mounts: FsMount[] = [];
  const shared: (string | undefined)[] = [];
  for (const m of spec?.volumeMounts ?? []) {
    const v = pod.spec.volumes?.find((vol) => vol.name === m.name);
    if (!v) continue;
    const r = volumeFs(store, pod, pr, v);
    mounts.push({ path: m.mountPath, fs: r.fs, readOnly: r.readOnly || m.readOnly });
    shared.push(r.shared && !m.readOnly ? v.name : undefined);
  }
  // A pod that did not go through ServiceAccount admission still sees its namespace file.
  if (!mounts.some((m) => m.path === SERVICE_ACCOUNT_DIR) && pod.spec.automountServiceAccountToken !== false) {
    mounts.push({ path: SERVICE_ACCOUNT_DIR, fs: serviceAccountFs(pr), readOnly: true });
    shared.push(undefined);
  }
  return { mounts, shared };
}
