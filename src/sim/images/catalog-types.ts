// The shape of catalog data: a repository (under all the names it is pulled by) with its known tags.

import type { Signal } from '../proc/behaviour-types.js';
import type { SimFs } from '../proc/fs.js';
import type { ImageEntry } from './types.js';

/** Everything about an image except its reference and catalog name. */
export type ImageBase = Omit<ImageEntry, 'ref' | 'kind' | 'behaviour'>;

export interface RepoDef {
  readonly kind: string;
  /** Repositories as `registry/path`, e.g. `docker.io/library/nginx`, `registry.k8s.io/pause`. */
  readonly repos: readonly string[];
  /** Known tags and how each differs from `base`. Absent: any tag pulls (placeholder names). */
  readonly tags?: Readonly<Record<string, Partial<ImageBase>>>;
  readonly base: ImageBase;
}

export const STD_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The same overrides for several tags. */
export function tagSet(names: readonly string[], over: Partial<ImageBase> = {}): Record<string, Partial<ImageBase>> {
  return Object.fromEntries(names.map((n) => [n, over]));
}

/** Defaults shared by most images; each repository overrides what differs. */
export function base(over: Partial<ImageBase> & { files: SimFs; version: string; sizeBytes: number; pullMs: number }): ImageBase {
  return {
    entrypoint: [],
    cmd: [],
    env: { PATH: STD_PATH },
    workingDir: '/',
    stopSignal: 'SIGTERM' as Signal,
    exposedPorts: [],
    userland: 'busybox',
    programs: {},
    opaque: false,
    ...over,
  };
}

/** Tags that name their own version (`2.40` is version 2.40), plus extra overrides. */
export function versionTags(names: readonly string[], over: Partial<ImageBase> = {}): Record<string, Partial<ImageBase>> {
  return Object.fromEntries(names.map((n) => [n, { version: n, ...over }]));
}
