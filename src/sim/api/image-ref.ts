// The tag of an image reference, as pkg/util/parsers ParseImageName reads it (the docker
// reference grammar): no tag and no digest means `latest`; a reference that does not parse
// has no tag at all.

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);

/** The tag ParseImageName returns: `latest` when none is written, `''` on a digest or a parse error. */
export function imageTag(image: string): string {
  const m = REFERENCE.exec(image);
  if (!m || m[1].length > 255) return '';
  if (m[2]) return m[2];
  return m[3] ? '' : 'latest';
}

/**
 * `SetDefaults_Container`'s imagePullPolicy: `Always` for `:latest` (written or implied),
 * `IfNotPresent` otherwise (pkg/apis/core/v1/defaults.go).
 */
export function defaultPullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  return imageTag(image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
}
