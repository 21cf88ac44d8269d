// Image references parsed and normalized like the distribution/reference library containerd and
// the kubelet use (`ParseNormalizedNamed`, then the default tag `latest`).

import type { ImageRef } from './types.js';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;

export const DEFAULT_REGISTRY = 'docker.io';

/**
 * Splits the registry host off the way `splitDockerDomain` does: the first component is a host
 * only when it has a `.` or `:`, or is `localhost`; Docker Hub's official images get `library/`.
 */
function splitDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  let domain: string;
  let rest: string;
  const first = name.slice(0, i);
  if (i < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_REGISTRY;
    rest = name;
  } else {
    domain = first;
    rest = name.slice(i + 1);
  }
  if (domain === 'index.docker.io') domain = DEFAULT_REGISTRY;
  if (domain === DEFAULT_REGISTRY && !rest.includes('/')) rest = 'library/' + rest;
  return [domain, rest];
}

/**
 * Parses a reference as written in a Pod spec. Errors carry the library's wording, e.g.
 * `invalid reference format: repository name (library/NGINX) must be lowercase`.
 * Note: mirrors distribution/reference normalize.go and regexp.go (vendored by containerd).
 */
export function parseImageRef(raw: string): ImageRef | { readonly error: string } {
  if (HEX64.test(raw)) return { error: `invalid repository name (${raw}), cannot specify 64-byte hexadecimal strings` };
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { error: 'invalid reference format' };
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return { error: 'invalid reference format' };
  }
  if (rest === '') return { error: 'invalid reference format' };
  const [registry, repository] = splitDomain(rest);
  if (repository.toLowerCase() !== repository) return { error: `invalid reference format: repository name (${repository}) must be lowercase` };
  if (!NAME.test(`${registry}/${repository}`)) return { error: 'invalid reference format' };
  if (`${registry}/${repository}`.length > 255) return { error: 'repository name must not be more than 255 characters' };
  const finalTag = tag ?? (digest ? undefined : 'latest');
  const full = `${registry}/${repository}${finalTag ? ':' + finalTag : ''}${digest ? '@' + digest : ''}`;
  return { raw, registry, repository, ...(finalTag ? { tag: finalTag } : {}), ...(digest ? { digest } : {}), full };
}

/** The kubelet's InvalidImageName message for a reference that does not parse. */
export function invalidImageMessage(raw: string, error: string): string {
  return `Failed to apply default image tag "${raw}": couldn't parse image reference "${raw}": ${error}`;
}
