// Names the runtime reports for images and containers in container statuses.
import type { ImageEntry } from '../images/types.js';

/** FNV-1a, 32 bits, over the UTF-16 code units of a string (ASCII here). */
export function fnv32a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable 64-hex-digit digest for an image reference (stands in for its manifest digest). */
export function imageDigest(image: ImageEntry): string {
  let out = '';
  let seed = 0x811c9dc5;
  while (out.length < 64) {
    seed = fnv32a(image.ref.full + out.length, seed);
    out += seed.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/**
 * `imageId` by image reference: a pure function of the reference, asked for at every container
 * start. Nothing invalidates an entry; there is one per distinct image name a process has seen.
 */
const IMAGE_IDS = new Map<string, string>();

/** `imageID` as containerd reports it: `docker.io/library/nginx@sha256:<digest>`. */
export function imageId(image: ImageEntry): string {
  const full = image.ref.full;
  let id = IMAGE_IDS.get(full);
  if (id === undefined) {
    id = `${full.replace(/[:@][^/]*$/, '')}@sha256:${imageDigest(image)}`;
    IMAGE_IDS.set(full, id);
  }
  return id;
}
