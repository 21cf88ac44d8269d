import type { Millis } from '../api/types.js';

// Note: client-go's flowcontrol.Backoff as the kubelet configures it
// (staging/src/k8s.io/client-go/util/flowcontrol/backoff.go; pkg/kubelet/kubelet.go
// newCrashLoopBackOff): no jitter, and the kubelet's own expiry rule `eventTime - lastUpdate > 600s`.

export interface BackoffEntry {
  readonly backoff: Millis;
  readonly lastUpdate: Millis;
}

export interface BackoffPolicy {
  readonly initial: Millis;
  readonly max: Millis;
  /** An entry older than this (eventTime - lastUpdate) is forgotten. */
  readonly expireAfter: Millis;
}

/** The kubelet's container restart backoff: 10 s doubling to 300 s, forgotten after 10 minutes. */
export const CRASH_LOOP_BACKOFF: BackoffPolicy = { initial: 10_000, max: 300_000, expireAfter: 600_000 };

/** Image pull backoff: 10 s doubling to 300 s, with client-go's default expiry (2 × max). */
export const IMAGE_PULL_BACKOFF: BackoffPolicy = { initial: 10_000, max: 300_000, expireAfter: 600_000 };

const expired = (policy: BackoffPolicy, entry: BackoffEntry, eventTime: Millis) =>
  eventTime - entry.lastUpdate > policy.expireAfter;

/** `IsInBackOffSince(id, eventTime)` evaluated at `now`. */
export function isInBackOffSince(policy: BackoffPolicy, entry: BackoffEntry | undefined, eventTime: Millis, now: Millis): boolean {
  if (!entry || expired(policy, entry, eventTime)) return false;
  return now - eventTime < entry.backoff;
}

/** `Next(id, eventTime)` at `now`: a new entry at the initial delay, or the delay doubled up to max. */
export function nextBackoff(policy: BackoffPolicy, entry: BackoffEntry | undefined, eventTime: Millis, now: Millis): BackoffEntry {
  if (!entry || expired(policy, entry, eventTime)) return { backoff: policy.initial, lastUpdate: now };
  return { backoff: Math.min(entry.backoff * 2, policy.max), lastUpdate: now };
}

/** `IsInBackOffSinceUpdate(id, now)`: the image manager's check before it pulls again. */
export function isInBackOffSinceUpdate(policy: BackoffPolicy, entry: BackoffEntry | undefined, now: Millis): boolean {
  if (!entry || expired(policy, entry, now)) return false;
  return now - entry.lastUpdate < entry.backoff;
}
