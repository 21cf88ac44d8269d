// Which of a node's pods drain may evict, and why not: the pod filters of
// staging/src/k8s.io/kubectl/pkg/drain/filters.go, run in the same order with the same words.
import type { Pod } from '../../api/types.js';

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

type Status =
  | { readonly delete: true; readonly warning?: string }
  | { readonly delete: false; readonly warning?: string; readonly error?: string };

/** The flags the filters read. */
export interface FilterOptions {
  readonly force: boolean;
  readonly ignoreDaemonsets: boolean;
  readonly deleteEmptyDirData: boolean;
}

const OK: Status = { delete: true };
const finished = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
const controllerOf = (p: Pod) => p.metadata.ownerReferences?.find((o) => o.controller === true);

function daemonSetFilter(p: Pod, o: FilterOptions): Status {
  if (controllerOf(p)?.kind !== 'DaemonSet' || finished(p)) return OK;
  return o.ignoreDaemonsets ? { delete: false, warning: DAEMONSET_WARNING } : { delete: false, error: DAEMONSET_FATAL };
}

function mirrorPodFilter(p: Pod): Status {
  return p.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined ? { delete: false } : OK;
}

function localStorageFilter(p: Pod, o: FilterOptions): Status {
  if (!(p.spec.volumes ?? []).some((v) => v.emptyDir !== undefined) || finished(p)) return OK;
  return o.deleteEmptyDirData ? { delete: true, warning: LOCAL_STORAGE_WARNING } : { delete: false, error: LOCAL_STORAGE_FATAL };
}

function unreplicatedFilter(p: Pod, o: FilterOptions): Status {
  if (finished(p) || controllerOf(p)) return OK;
  return o.force ? { delete: true, warning: UNMANAGED_WARNING } : { delete: false, error: UNMANAGED_FATAL };
}

const FILTERS: readonly ((p: Pod, o: FilterOptions) => Status)[] = [daemonSetFilter, mirrorPodFilter, localStorageFilter, unreplicatedFilter];

/** What GetPodsForDeletion found: the pods to evict, the warning line, the errors. */
export interface PodDeleteList {
  readonly pods: readonly Pod[];
  /** PodDeleteList.Warnings(): `MESSAGE: ns/a, ns/b` joined by `; `; empty when none. */
  readonly warnings: string;
  /** PodDeleteList.errors(), one per message. */
  readonly errors: readonly string[];
  /** The flags that would let the refused pods go (for podlab's hint). */
  readonly overrides: readonly string[];
}

const OVERRIDES: Readonly<Record<string, string>> = { [DAEMONSET_FATAL]: '--ignore-daemonsets', [LOCAL_STORAGE_FATAL]: '--delete-emptydir-data', [UNMANAGED_FATAL]: '--force' };

const ref = (p: Pod) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name ?? ''}`;

/** Groups `ns/name` by message, in first-seen order (kubectl's map order is unspecified). */
function grouped(entries: readonly { message: string; pod: Pod }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) out.set(e.message, [...(out.get(e.message) ?? []), ref(e.pod)]);
  return out;
}

export function podsForDeletion(pods: readonly Pod[], o: FilterOptions): PodDeleteList {
  const statuses = pods.map((pod) => {
    let status: Status = OK;
    // Note: filters short-circuit at the first that keeps the pod; only the last status's
    // warning survives (filters.go makeFilters), so emptyDir's warning is lost behind an OK.
    for (const filter of FILTERS) {
      status = filter(pod, o);
      if (!status.delete) break;
    }
    return { pod, status };
  });
  const warnings = grouped(statuses.flatMap((s) => (s.status.warning !== undefined ? [{ message: s.status.warning, pod: s.pod }] : [])));
  const errors = grouped(statuses.flatMap((s) => (!s.status.delete && s.status.error !== undefined ? [{ message: s.status.error, pod: s.pod }] : [])));
  return {
    pods: statuses.filter((s) => s.status.delete).map((s) => s.pod),
    warnings: [...warnings].map(([m, refs]) => `${m}: ${refs.join(', ')}`).join('; '),
    errors: [...errors].map(([m, refs]) => `${m.toLowerCase().startsWith('cannot delete') ? m : `cannot delete ${m}`}: ${refs.join(', ')}`),
    overrides: [...errors.keys()].map((m) => OVERRIDES[m] ?? '').filter((f) => f !== ''),
  };
}
