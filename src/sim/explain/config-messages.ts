// Reading the kubelet's and the runtime's error texts: which ConfigMap, Secret or key is
// missing (makeEnvironmentVariables in pkg/kubelet/kubelet_pods.go), and why a pull failed.
import { finding, type Ctx } from './facts.js';
import type { Say } from './messages.js';
import type { Finding } from './types.js';

/** One sentence on why the registry refused, from the runtime's message. */
export function imagePullWhy(say: Say, reason: string, message: string): string {
  if (reason === 'InvalidImageName') return say('imagePullInvalid');
  if (reason === 'ErrImageNeverPull') return say('imagePullNever');
  if (/: not found|manifest unknown|NotFound/.test(message)) return say('imagePullNotFound');
  if (/pull access denied|repository does not exist|insufficient_scope|unauthorized|authorization failed/i.test(message)) return say('imagePullDenied');
  return message ? say('imagePullOther', { message }) : '';
}

/** CreateContainerConfigError: names what is missing when the message says it. */
export function configFinding(ctx: Ctx, container: string, message: string): Finding {
  const namespace = ctx.pod.metadata.namespace ?? 'default';
  const missing = /^(configmap|secret) "([^"]+)" not found$/i.exec(message.trim());
  if (missing) {
    const isSecret = missing[1].toLowerCase() === 'secret';
    return finding(ctx, 'error', 'create-container-config-error', isSecret ? 'configMissingSecret' : 'configMissingConfigMap',
      { container, name: missing[2], namespace }, isSecret ? 'configAdviceSecret' : 'configAdvice');
  }
  const key = /^couldn't find key (\S+) in (ConfigMap|Secret) ([^/\s]+)\/(\S+)$/.exec(message.trim());
  if (key) {
    return finding(ctx, 'error', 'create-container-config-error', 'configMissingKey',
      { container, key: key[1], kind: key[2], kindLower: key[2].toLowerCase(), namespace: key[3], name: key[4] }, 'configAdviceKey');
  }
  return finding(ctx, 'error', 'create-container-config-error', 'configOther', { container, message, name: 'NAME', namespace }, 'configAdvice');
}
