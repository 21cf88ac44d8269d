// The image catalog: resolve a reference, compute what a container runs.

export { containerArgv, containerEnv, expandKubeVars } from './argv.js';
export { PLACEHOLDER_NAMES } from './catalog-basic.js';
export { podFiles } from './files.js';
export { invalidImageMessage, parseImageRef } from './reference.js';
export { CATALOG, canonicalRepo, pullErrorText, resolveImage } from './resolve.js';
export type { ImageConfig, ImageEntry, ImageRef, PullError, ResolveResult, ScenarioImage, Userland } from './types.js';
