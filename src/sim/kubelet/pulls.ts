// EnsureImageExists (pkg/kubelet/images/image_manager.go): pull policy, "already present",
// pull backoff, serialized pulls per node, and the events and waiting reasons each outcome gives.
import type { Container, Millis } from '../api/types.js';
import { formatGoDuration } from '../go-duration.js';
import type { ImageEntry } from '../images/types.js';
import { IMAGE_PULL_BACKOFF, isInBackOffSinceUpdate, nextBackoff } from './backoff.js';
import { markDirty, podEvent, retryAt, type Ctx } from './context.js';
import { resolveImage } from './runtime.js';
import type { PodOp } from './types.js';

/** A failed pull: the registry answers "not found" after this long (podlab's nominal value). */
export const FAILED_PULL_MS: Millis = 1000;
/** Re-pulling an image the node holds (`Always`) only checks the manifest. */
export const REPULL_MS: Millis = 600;
/** The pod worker retries a failed sync after `backOffPeriod` (10 s; podlab drops the jitter). */
export const SYNC_ERROR_RETRY_MS: Millis = 10_000;
/** After a failed pull, the next sync (where ImagePullBackOff shows) comes 1 s later. */
export const AFTER_PULL_FAILURE_MS: Millis = 1000;

export type EnsureResult =
  | { readonly kind: 'ready'; readonly image: ImageEntry }
  | { readonly kind: 'pulling'; readonly op: PodOp; readonly doneAt: Millis }
  | { readonly kind: 'failed' };

/** The API server's default: Always for `:latest` or no tag, else IfNotPresent. */
export function pullPolicyOf(spec: Container): 'Always' | 'IfNotPresent' | 'Never' {
  if (spec.imagePullPolicy) return spec.imagePullPolicy;
  const image = spec.image ?? '';
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** Records a start failure in the reason cache with its `Error: <reason>` event. */
export function startFailed(ctx: Ctx, c: number, reason: string, message: string, retry: Millis): void {
  ctx.pr.containers[c].reason = { reason, message };
  podEvent(ctx, 'Warning', 'Failed', `Error: ${reason === 'CreateContainerConfigError' ? message : reason}`);
  retryAt(ctx.pr, retry);
  markDirty(ctx);
}

export function ensureImage(ctx: Ctx, c: number): EnsureResult {
  const { state, pr, node } = ctx;
  const spec = pr.containers[c].spec;
  const imgRef = spec.image ?? '';
  const resolved = resolveImage(imgRef, state.scenarioImages);
  if (!resolved.ok && resolved.error.reason === 'InvalidImageName') {
    // Note: the message already carries the "Failed to apply default image tag" prefix of
    // pkg/kubelet/images/image_manager.go (images/reference.ts invalidImageMessage).
    const msg = resolved.error.message;
    podEvent(ctx, 'Warning', 'InspectFailed', msg);
    startFailed(ctx, c, 'InvalidImageName', msg, state.now + SYNC_ERROR_RETRY_MS);
    return { kind: 'failed' };
  }
  const policy = pullPolicyOf(spec);
  const present = resolved.ok && node.images.has(resolved.image.ref.full);
  if (policy === 'Never' || (policy === 'IfNotPresent' && present)) {
    if (present && resolved.ok) {
      podEvent(ctx, 'Normal', 'Pulled', `Container image "${imgRef}" already present on machine`);
      return { kind: 'ready', image: resolved.image };
    }
    const msg = `Container image "${imgRef}" is not present with pull policy of Never`;
    podEvent(ctx, 'Warning', 'ErrImageNeverPull', msg);
    startFailed(ctx, c, 'ErrImageNeverPull', msg, state.now + SYNC_ERROR_RETRY_MS);
    return { kind: 'failed' };
  }
  const entry = pr.pullBackoff.get(imgRef);
  if (isInBackOffSinceUpdate(IMAGE_PULL_BACKOFF, entry, state.now)) {
    const msg = `Back-off pulling image "${imgRef}"`;
    podEvent(ctx, 'Normal', 'BackOff', msg);
    // Note: since v1.32 the waiting message carries the previous pull error (kubernetes PR #127918).
    const prev = pr.pullErrors.get(imgRef);
    startFailed(ctx, c, 'ImagePullBackOff', prev ? `${msg}: ErrImagePull: ${prev}` : msg, entry!.lastUpdate + entry!.backoff);
    return { kind: 'failed' };
  }
  podEvent(ctx, 'Normal', 'Pulling', `Pulling image "${imgRef}"`);
  const pullMs = resolved.ok ? (present ? Math.min(REPULL_MS, resolved.image.pullMs) : resolved.image.pullMs) : FAILED_PULL_MS;
  const begin = Math.max(state.now, node.pullFreeAt);
  const doneAt = begin + pullMs;
  node.pullFreeAt = doneAt;
  const op: PodOp = resolved.ok
    ? { kind: 'pull', container: c, ok: true, image: resolved.image, requestedAt: state.now, pullMs }
    : { kind: 'pull', container: c, ok: false, error: resolved.error.message, requestedAt: state.now, pullMs };
  return { kind: 'pulling', op, doneAt };
}

/** A pull finished: the image is on the node, or the failure goes into the backoff. */
export function pullDone(ctx: Ctx, op: Extract<PodOp, { kind: 'pull' }>): ImageEntry | undefined {
  const { state, pr, node } = ctx;
  const imgRef = pr.containers[op.container].spec.image ?? '';
  if (op.ok && op.image) {
    node.images.add(op.image.ref.full);
    const waited = formatGoDuration(state.now - op.requestedAt);
    podEvent(ctx, 'Normal', 'Pulled',
      `Successfully pulled image "${imgRef}" in ${formatGoDuration(op.pullMs)} (${waited} including waiting). Image size: ${op.image.sizeBytes} bytes.`);
    return op.image;
  }
  const error = op.error ?? '';
  podEvent(ctx, 'Warning', 'Failed', `Failed to pull image "${imgRef}": ${error}`);
  pr.pullBackoff.set(imgRef, nextBackoff(IMAGE_PULL_BACKOFF, pr.pullBackoff.get(imgRef), state.now, state.now));
  pr.pullErrors.set(imgRef, error);
  startFailed(ctx, op.container, 'ErrImagePull', error, state.now + AFTER_PULL_FAILURE_MS);
  return undefined;
}
