// Label matching the API uses in two shapes: a Service's plain map selector and a workload's
// LabelSelector (matchLabels + matchExpressions, see api/validate-meta.ts).
import type { LabelSelector } from '../api/types.js';
import { selectorMatches } from '../api/validate-meta.js';

type Labels = Readonly<Record<string, string>> | undefined;

/**
 * A Service selector (`map[string]string`): every key must match. Note: an empty or missing
 * selector selects nothing for endpoints (pkg/controller/endpoint skips selector-less Services).
 */
export function mapSelectorMatches(selector: Labels, labels: Labels): boolean {
  if (!selector) return false;
  const keys = Object.keys(selector);
  if (keys.length === 0) return false;
  return keys.every((k) => labels?.[k] === selector[k]);
}

/** A workload's LabelSelector; an empty selector (`{}`) matches everything, as metav1 does. */
export function labelSelectorMatches(selector: LabelSelector | undefined, labels: Labels): boolean {
  return selectorMatches(selector, labels);
}
