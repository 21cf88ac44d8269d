// Resolving an image reference as a pull would: a Scenario image, a catalog image with a known
// tag, or the error text containerd returns and the kubelet reports.

import { BASIC_REPOS, PLACEHOLDER, PLACEHOLDER_NAMES } from './catalog-basic.js';
import { SERVER_REPOS } from './catalog-servers.js';
import { type RepoDef, STD_PATH } from './catalog-types.js';
import { assignOwn, defineOwn } from '../own-props.js';
import { imageFs } from './files.js';
import { invalidImageMessage, parseImageRef } from './reference.js';
import type { ImageEntry, ImageRef, PullError, ResolveResult, ScenarioImage } from './types.js';

const BY_REPO: ReadonlyMap<string, RepoDef> = new Map([...SERVER_REPOS, ...BASIC_REPOS].flatMap((r) => r.repos.map((name) => [name, r] as const)));

/** Every catalog repository (for docs and tests). */
export const CATALOG: readonly RepoDef[] = [...SERVER_REPOS, ...BASIC_REPOS, PLACEHOLDER];

/** Legacy Kubernetes registries serve the same images as registry.k8s.io (k8s.gcr.io redirects there). */
export function canonicalRepo(ref: Pick<ImageRef, 'registry' | 'repository'>): string {
  const { registry, repository } = ref;
  if (registry === 'k8s.gcr.io') return `registry.k8s.io/${repository}`;
  if (registry === 'gcr.io' && /^google[-_]containers\//.test(repository)) return `registry.k8s.io/${repository.slice(repository.indexOf('/') + 1)}`;
  return `${registry}/${repository}`;
}

function findRepo(ref: ImageRef): RepoDef | undefined {
  const found = BY_REPO.get(canonicalRepo(ref));
  if (found) return found;
  const last = ref.repository.slice(ref.repository.lastIndexOf('/') + 1);
  return PLACEHOLDER_NAMES.includes(last) ? PLACEHOLDER : undefined;
}

const PUBLIC_REGISTRIES = ['docker.io', 'registry.k8s.io', 'k8s.gcr.io', 'gcr.io', 'quay.io', 'ghcr.io', 'mcr.microsoft.com', 'public.ecr.aws', 'registry.gitlab.com'];
const isPublic = (host: string) => PUBLIC_REGISTRIES.includes(host) || /(^|\.)gcr\.io$|\.pkg\.dev$/.test(host);

/** containerd's pull error for a reference that does not exist, as the kubelet prints it. */
export function pullErrorText(ref: ImageRef): string {
  const head = `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}"`;
  const tag = ref.tag ?? ref.digest ?? 'latest';
  if (ref.registry === 'localhost' || ref.registry.startsWith('localhost:') || ref.registry.startsWith('127.0.0.1')) {
    const port = ref.registry.split(':')[1] ?? '443';
    return `rpc error: code = Unknown desc = ${head}: failed to do request: Head "https://${ref.registry}/v2/${ref.repository}/manifests/${tag}": dial tcp 127.0.0.1:${port}: connect: connection refused`;
  }
  if (!isPublic(ref.registry)) {
    const host = ref.registry.split(':')[0];
    return `rpc error: code = Unknown desc = ${head}: failed to do request: Head "https://${ref.registry}/v2/${ref.repository}/manifests/${tag}": dial tcp: lookup ${host} on 10.0.0.2:53: no such host`;
  }
  const known = findRepo(ref) !== undefined;
  if (ref.registry === 'docker.io' && !known) {
    return `rpc error: code = Unknown desc = ${head}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }
  return `rpc error: code = NotFound desc = ${head}: ${ref.full}: not found`;
}

function scenarioMatches(s: ScenarioImage, ref: ImageRef): boolean {
  const want = parseImageRef(s.image);
  if ('error' in want || canonicalRepo(want) !== canonicalRepo(ref)) return false;
  const tagWritten = s.image.lastIndexOf(':') > s.image.lastIndexOf('/');
  return !tagWritten || want.tag === ref.tag;
}

function fromScenario(s: ScenarioImage, ref: ImageRef): ImageEntry {
  return {
    ref, kind: 'scenario', version: ref.tag ?? 'latest', sizeBytes: s.sizeBytes ?? 10_000_000, pullMs: s.pullMs ?? 2000,
    entrypoint: s.entrypoint ?? [], cmd: s.cmd ?? (s.entrypoint ? [] : ['/app']), env: { PATH: STD_PATH, ...s.env }, workingDir: '/',
    stopSignal: s.stopSignal ?? 'SIGTERM', exposedPorts: (s.behaviour.listen ?? []).map((l) => l.port),
    userland: s.userland ?? 'busybox', busyboxVersion: '1.36.1', programs: { '/app': 'scenario', '/usr/bin/curl': 'curl' }, files: imageFs('alpine'),
    opaque: true, behaviour: s.behaviour,
  };
}

const fail = (reason: PullError['reason'], message: string): ResolveResult => ({ ok: false, error: { reason, message } });

/**
 * What pulling `image` gives: the image, or the pull error. Scenario images come first, so a
 * Scenario can also redefine a catalog name.
 */
export function resolveImage(image: string, scenarioImages: readonly ScenarioImage[] = []): ResolveResult {
  const ref = parseImageRef(image);
  if ('error' in ref) return fail('InvalidImageName', invalidImageMessage(image, ref.error));
  const scenario = scenarioImages.find((s) => scenarioMatches(s, ref));
  if (scenario) return { ok: true, image: fromScenario(scenario, ref) };
  const def = findRepo(ref);
  if (!def) return fail('ErrImagePull', pullErrorText(ref));
  if (def.tags && ref.tag !== undefined && !Object.prototype.hasOwnProperty.call(def.tags, ref.tag)) return fail('ErrImagePull', pullErrorText(ref));
  const over = def.tags && ref.tag !== undefined ? def.tags[ref.tag] : {};
  // `{ ...def.base, ...over, ref, kind: def.kind }`, copied property by property (own-props.ts).
  const entry: Record<string, unknown> = assignOwn(assignOwn({}, def.base), over);
  defineOwn(entry, 'ref', ref);
  defineOwn(entry, 'kind', def.kind);
  return { ok: true, image: entry as unknown as ImageEntry };
}
