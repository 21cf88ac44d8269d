// Pod volumes (pkg/apis/core/validation/validation.go: ValidateVolumes, validateVolumeSource and
// the per-source checks for the sources a learner meets).
import { child, duplicate, forbidden, index, invalid, notSupported, required } from './field-errors.js';
import { isNegativeQuantity, readQuantity } from './quantity-adapter.js';
import { VOLUME_SOURCE_NAMES } from './schema-volume.js';
import type { FieldError, Volume } from './types.js';
import { validateLocalDescendingPath } from './validate-container.js';
import { isDNS1123Label } from './validate-names.js';

type Source = Readonly<Record<string, unknown>>;
type Item = { readonly key?: string; readonly path?: string; readonly mode?: number };

const FILE_MODE_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

/** Upstream's spellings of the Forbidden path for a second source (typos included). */
const FORBIDDEN_NAME: Readonly<Record<string, string>> = { downwardAPI: 'downwarAPI', cephfs: 'cephFS' };

function mode(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && (v > 0o777 || v < 0) ? [invalid(path, v, FILE_MODE_MSG)] : [];
}

function validateItems(items: readonly Item[] | undefined, path: string): FieldError[] {
  return (items ?? []).flatMap((kp, i) => {
    const p = index(path, i);
    const errs: FieldError[] = [];
    if (!kp.key) errs.push(required(child(p, 'key')));
    if (!kp.path) errs.push(required(child(p, 'path')));
    errs.push(...validateLocalDescendingPath(kp.path ?? '', child(p, 'path')));
    const target = kp.path ?? '';
    if (target.startsWith('..') && !target.startsWith('../')) errs.push(invalid(child(p, 'path'), target, "must not start with '..'"));
    errs.push(...mode(kp.mode, child(p, 'mode')));
    return errs;
  });
}

/** The checks of one volume source by name; sources not listed are accepted as written. */
function validateSource(name: string, src: Source, path: string): FieldError[] {
  const p = child(path, name);
  const errs: FieldError[] = [];
  switch (name) {
    case 'emptyDir': {
      const limit = src.sizeLimit;
      if (typeof limit === 'string' || typeof limit === 'number') {
        const r = readQuantity(limit);
        if (r.ok && isNegativeQuantity(r.q)) errs.push(forbidden(child(p, 'sizeLimit'), 'SizeLimit field must be a valid resource quantity'));
      }
      break;
    }
    case 'hostPath': {
      const hp = src.path as string | undefined;
      if (!hp) return [required(child(p, 'path'))];
      if (hp.split('/').includes('..')) errs.push(invalid(child(p, 'path'), hp, "must not contain '..'"));
      const t = src.type as string | undefined;
      if (t !== undefined && !HOST_PATH_TYPES.includes(t)) errs.push(notSupported(child(p, 'type'), t, HOST_PATH_TYPES));
      break;
    }
    case 'secret':
      if (!src.secretName) errs.push(required(child(p, 'secretName')));
      errs.push(...mode(src.defaultMode, child(p, 'defaultMode')), ...validateItems(src.items as Item[] | undefined, child(p, 'items')));
      break;
    case 'configMap':
      if (!src.name) errs.push(required(child(p, 'name')));
      errs.push(...mode(src.defaultMode, child(p, 'defaultMode')), ...validateItems(src.items as Item[] | undefined, child(p, 'items')));
      break;
    case 'persistentVolumeClaim':
      if (!src.claimName) errs.push(required(child(p, 'claimName')));
      break;
    case 'nfs': {
      if (!src.server) errs.push(required(child(p, 'server')));
      const np = (src.path as string | undefined) ?? '';
      if (!np) errs.push(required(child(p, 'path')));
      if (!np.startsWith('/')) errs.push(invalid(child(p, 'path'), np, 'must be an absolute path'));
      break;
    }
    case 'csi':
      if (!src.driver) errs.push(required(child(p, 'driver')));
      break;
    case 'projected':
    case 'downwardAPI':
      errs.push(...mode(src.defaultMode, child(p, 'defaultMode')));
      break;
    default:
      break;
  }
  return errs;
}

/**
 * `ValidateVolumes`: returns the errors and the names of volumes containers may mount (a
 * volume with errors is not mountable, so its mounts then read "Not found").
 */
export function validateVolumes(volumes: readonly Volume[] | undefined, path: string): { errors: FieldError[]; names: Set<string> } {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  for (const [i, vol] of (volumes ?? []).entries()) {
    const p = index(path, i);
    const v = vol as unknown as Readonly<Record<string, unknown>>;
    const el: FieldError[] = [];
    let count = 0;
    for (const s of VOLUME_SOURCE_NAMES) {
      if (v[s] === undefined) continue;
      if (count > 0) {
        el.push(forbidden(child(p, FORBIDDEN_NAME[s] ?? s), 'may not specify more than 1 volume type'));
        continue;
      }
      count++;
      el.push(...validateSource(s, v[s] as Source, p));
    }
    if (count === 0) el.push(required(p, 'must specify a volume type'));
    if (!vol.name) el.push(required(child(p, 'name')));
    else el.push(...isDNS1123Label(vol.name).map((m) => invalid(child(p, 'name'), vol.name, m)));
    if (names.has(vol.name)) el.push(duplicate(child(p, 'name'), vol.name));
    if (el.length === 0) names.add(vol.name);
    else errors.push(...el);
  }
  return { errors, names };
}
