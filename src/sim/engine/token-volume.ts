// The service-account token volume on pod updates. ServiceAccount admission adds a
// `kube-api-access-xxxxx` volume on create only; `kubectl apply` then patches the live pod, so
// the volume the server added stays as it is. An updated pod that arrives whole (admitted as if
// created, or without the volume at all) gets the live volume back before the update rules
// compare it with the stored spec.
import { SERVICE_ACCOUNT_MOUNT_PATH } from '../api/admission.js';
import type { Container, Pod, Volume } from '../api/types.js';

const isToken = (v: Volume): boolean => (v.name ?? '').startsWith('kube-api-access-') && v.projected !== undefined;

/** `next` with the live pod's token volume and mounts in place of any other generated one. */
export function withLiveTokenVolume(current: Pod, next: Pod): Pod {
  const live = current.spec.volumes?.find(isToken);
  if (!live) return next;
  const mine = next.spec.volumes?.find(isToken);
  if (mine?.name === live.name) return next;
  const liveMounted = new Set([...(current.spec.initContainers ?? []), ...current.spec.containers]
    .filter((c) => (c.volumeMounts ?? []).some((m) => m.name === live.name)).map((c) => c.name));
  const fix = (c: Container): Container => {
    const mounts = (c.volumeMounts ?? []).map((m) => (mine && m.name === mine.name ? { ...m, name: live.name } : m));
    const has = mounts.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH);
    if (has || !liveMounted.has(c.name)) return mounts.length > 0 ? { ...c, volumeMounts: mounts } : c;
    return { ...c, volumeMounts: [...mounts, { mountPath: SERVICE_ACCOUNT_MOUNT_PATH, name: live.name, readOnly: true }] };
  };
  const volumes = mine
    ? (next.spec.volumes ?? []).map((v) => (v === mine ? live : v))
    : [...(next.spec.volumes ?? []), live];
  return {
    ...next,
    spec: {
      ...next.spec,
      containers: next.spec.containers.map(fix),
      ...(next.spec.initContainers ? { initContainers: next.spec.initContainers.map(fix) } : {}),
      volumes,
    },
  };
}
