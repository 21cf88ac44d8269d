// ObjectMeta, labels, annotations and label selectors, as
// staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go and
// pkg/apis/meta/v1/validation/validation.go check them. Go walks maps in random order; here
// keys are walked sorted so the output is stable.
import { child, forbidden, index, invalid, required, tooLong } from './field-errors.js';
import type { FieldError, LabelSelector, ObjectMeta } from './types.js';
import { isQualifiedName, isValidLabelValue, nameIsDNSLabel, type NameFn } from './validate-names.js';

const sortedKeys = (m: Readonly<Record<string, unknown>> | undefined): string[] => Object.keys(m ?? {}).sort();

export function validateLabelName(name: string, path: string): FieldError[] {
  return isQualifiedName(name).map((m) => invalid(path, name, m));
}

/** `ValidateLabels`: errors are reported at the map's path, not the key's. */
export function validateLabels(labels: Readonly<Record<string, string>> | undefined, path: string): FieldError[] {
  return sortedKeys(labels).flatMap((k) => [
    ...validateLabelName(k, path),
    ...isValidLabelValue(labels![k]).map((m) => invalid(path, labels![k], m)),
  ]);
}

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export function validateAnnotations(annotations: Readonly<Record<string, string>> | undefined, path: string): FieldError[] {
  const errs = sortedKeys(annotations).flatMap((k) => isQualifiedName(k.toLowerCase()).map((m) => invalid(path, k, m)));
  const size = sortedKeys(annotations).reduce((n, k) => n + k.length + annotations![k].length, 0);
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/**
 * `ValidateObjectMeta` on create, after name generation. `requiresNamespace` is the kind's
 * scope; cluster-scoped objects have had their namespace cleared before this runs.
 */
export function validateObjectMeta(meta: ObjectMeta | undefined, requiresNamespace: boolean, nameFn: NameFn, path = 'metadata'): FieldError[] {
  const m = meta ?? {};
  const errs: FieldError[] = [];
  if (m.generateName) {
    errs.push(...nameFn(m.generateName, true).map((msg) => invalid(child(path, 'generateName'), m.generateName!, msg)));
  }
  if (!m.name) errs.push(required(child(path, 'name'), 'name or generateName is required'));
  else errs.push(...nameFn(m.name, false).map((msg) => invalid(child(path, 'name'), m.name!, msg)));
  if (requiresNamespace) {
    if (!m.namespace) errs.push(required(child(path, 'namespace')));
    else errs.push(...nameIsDNSLabel(m.namespace, false).map((msg) => invalid(child(path, 'namespace'), m.namespace!, msg)));
  } else if (m.namespace) {
    errs.push(forbidden(child(path, 'namespace'), 'not allowed on this type'));
  }
  if ((m.generation ?? 0) < 0) errs.push(invalid(child(path, 'generation'), m.generation!, 'must be greater than or equal to 0'));
  errs.push(...validateLabels(m.labels, child(path, 'labels')));
  errs.push(...validateAnnotations(m.annotations, child(path, 'annotations')));
  for (const [i, f] of (m.finalizers ?? []).entries()) {
    errs.push(...isQualifiedName(f).map((msg) => invalid(child(path, 'finalizers'), f, msg)));
    // Note: pkg/apis/core/validation validateKubeFinalizerName checks the indexed path.
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      errs.push(invalid(index(child(path, 'finalizers'), i), f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return errs;
}

/** `ValidateLabelSelector` (metav1). */
export function validateLabelSelector(sel: LabelSelector | undefined, path: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, child(path, 'matchLabels'));
  for (const [i, expr] of (sel.matchExpressions ?? []).entries()) {
    const p = index(child(path, 'matchExpressions'), i);
    const values = expr.values ?? [];
    switch (expr.operator as string) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.push(required(child(p, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.push(forbidden(child(p, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        errs.push(invalid(child(p, 'operator'), expr.operator ?? '', 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(expr.key ?? '', child(p, 'key')));
  }
  return errs;
}

/** Whether a label set satisfies a selector (`metav1.LabelSelectorAsSelector(...).Matches`). */
export function selectorMatches(sel: LabelSelector | undefined, labels: Readonly<Record<string, string>> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  const byLabels = sortedKeys(sel.matchLabels).every((k) => l[k] === sel.matchLabels![k]);
  const byExpressions = (sel.matchExpressions ?? []).every((e) => {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    const values = e.values ?? [];
    switch (e.operator as string) {
      case 'In': return has && values.includes(l[e.key]);
      case 'NotIn': return !has || !values.includes(l[e.key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
      default: return false;
    }
  });
  return byLabels && byExpressions;
}
