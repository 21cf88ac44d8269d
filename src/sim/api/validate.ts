// `validate`: the create-time validation of any stored kind, on an object that has already
// been defaulted (validation of a raw manifest would report defaulted fields as missing).
import { assertNever } from '../../util/assert-never.js';
import type { FieldError, KubeObject } from './types.js';
import { validateDeployment, validateReplicaSet } from './validate-apps.js';
import { validateConfigMap, validateNamespace, validateNode, validateSecret } from './validate-objects.js';
import { validatePod } from './validate-pod-spec.js';
import { validateService } from './validate-service.js';

/** Every problem the API server reports for this object, in its order; empty when valid. */
export function validate(object: KubeObject): FieldError[] {
  switch (object.kind) {
    case 'Pod': return validatePod(object);
    case 'Node': return validateNode(object);
    case 'Namespace': return validateNamespace(object);
    case 'ConfigMap': return validateConfigMap(object);
    case 'Secret': return validateSecret(object);
    case 'Service': return validateService(object);
    case 'ReplicaSet': return validateReplicaSet(object);
    case 'Deployment': return validateDeployment(object);
    default: return assertNever(object);
  }
}
