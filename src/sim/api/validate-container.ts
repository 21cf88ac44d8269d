// Containers, init containers and sidecars (pkg/apis/core/validation/validation.go:
// validateContainerCommon, validateContainers, validateInitContainers, validateContainerPorts,
// ValidateVolumeMounts, checkHostPortConflicts).
import { child, duplicate, forbidden, index, invalid, notFound, notSupported, required } from './field-errors.js';
import type { Container, ContainerPort, FieldError, VolumeMount } from './types.js';
import { validateEnv, validateEnvFrom } from './validate-env.js';
import { isDNS1123Label, isValidPortName, isValidPortNum, isValidUnixId } from './validate-names.js';
import { validateLifecycle, validateProbeOfKind } from './validate-probes.js';
import { validateResourceRequirements } from './validate-resources.js';

function validatePorts(ports: readonly ContainerPort[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  for (const [i, port] of (ports ?? []).entries()) {
    const p = index(path, i);
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length > 0) errs.push(...msgs.map((m) => invalid(child(p, 'name'), port.name!, m)));
      else if (names.has(port.name)) errs.push(duplicate(child(p, 'name'), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(child(p, 'containerPort')));
    else errs.push(...isValidPortNum(port.containerPort).map((m) => invalid(child(p, 'containerPort'), port.containerPort, m)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((m) => invalid(child(p, 'hostPort'), port.hostPort!, m)));
    const protocol = port.protocol ?? '';
    if (!protocol) errs.push(required(child(p, 'protocol')));
    else if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) errs.push(notSupported(child(p, 'protocol'), protocol, ['SCTP', 'TCP', 'UDP']));
  }
  return errs;
}

/** Where a path escapes with `..` (validatePathNoBacksteps / validateLocalDescendingPath). */
export function validateLocalDescendingPath(target: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (target.startsWith('/')) errs.push(invalid(path, target, 'must be a relative path'));
  if (target.split('/').includes('..')) errs.push(invalid(path, target, "must not contain '..'"));
  return errs;
}

function validateVolumeMounts(mounts: readonly VolumeMount[] | undefined, volumes: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const [i, m] of (mounts ?? []).entries()) {
    const p = index(path, i);
    if (!m.name) errs.push(required(child(p, 'name')));
    if (!volumes.has(m.name ?? '')) errs.push(notFound(child(p, 'name'), m.name ?? ''));
    if (!m.mountPath) errs.push(required(child(p, 'mountPath')));
    if (seen.has(m.mountPath ?? '')) errs.push(invalid(child(p, 'mountPath'), m.mountPath ?? '', 'must be unique'));
    seen.add(m.mountPath ?? '');
    // Note: upstream checks subPath against the list's path, not the item's.
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, child(path, 'subPath')));
    if (m.subPathExpr) {
      if (m.subPath) errs.push(invalid(child(p, 'subPathExpr'), m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(m.subPathExpr, child(path, 'subPathExpr')));
    }
    const prop = m.mountPropagation;
    if (prop !== undefined && !['Bidirectional', 'HostToContainer', 'None'].includes(prop)) {
      errs.push(notSupported(child(path, 'mountPropagation'), prop, ['Bidirectional', 'HostToContainer', 'None']));
    }
  }
  return errs;
}

function validateSecurityContext(sc: Readonly<Record<string, unknown>> | undefined, path: string): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  for (const f of ['runAsUser', 'runAsGroup'] as const) {
    const v = sc[f];
    if (typeof v === 'number') errs.push(...isValidUnixId(v).map((m) => invalid(child(path, f), v, m)));
  }
  if (sc.allowPrivilegeEscalation === false && sc.privileged === true) {
    errs.push(invalid(path, { go: '&core.SecurityContext{...}' }, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
  }
  return errs;
}

/** `validateContainerCommon`: the checks every kind of container gets. */
function validateContainerCommon(c: Container, volumes: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(child(path, 'name')));
  else errs.push(...isDNS1123Label(c.name).map((m) => invalid(child(path, 'name'), c.name, m)));
  if (!c.image) errs.push(required(child(path, 'image')));
  const tmp = c.terminationMessagePolicy ?? '';
  if (!tmp) errs.push(required(child(path, 'terminationMessagePolicy')));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(child(path, 'terminationMessagePolicy'), tmp, ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validatePorts(c.ports, child(path, 'ports')));
  errs.push(...validateEnv(c.env, child(path, 'env')));
  errs.push(...validateEnvFrom(c.envFrom, child(path, 'envFrom')));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, child(path, 'volumeMounts')));
  const pull = c.imagePullPolicy ?? '';
  if (!pull) errs.push(required(child(path, 'imagePullPolicy')));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(pull)) {
    errs.push(notSupported(child(path, 'imagePullPolicy'), pull, ['Always', 'IfNotPresent', 'Never']));
  }
  errs.push(...validateResourceRequirements(c.resources, child(path, 'resources')));
  errs.push(...validateSecurityContext(c.securityContext, child(path, 'securityContext')));
  return errs;
}

/** `checkHostPortConflicts`: one host port per protocol and address. */
function hostPortConflicts(containers: readonly Container[], path: string): FieldError[] {
  const seen = new Set<string>();
  const errs: FieldError[] = [];
  containers.forEach((c, ci) => {
    for (const [pi, port] of (c.ports ?? []).entries()) {
      if (!port.hostPort) continue;
      const k = `${port.protocol ?? ''}/${port.hostIP ?? ''}/${port.hostPort}`;
      if (seen.has(k)) errs.push(duplicate(child(index(child(index(path, ci), 'ports'), pi), 'hostPort'), k));
      else seen.add(k);
    }
  });
  return errs;
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

function lifecycleAndProbes(c: Container, grace: number | undefined, path: string): FieldError[] {
  return [
    ...(c.lifecycle ? validateLifecycle(c.lifecycle, grace, child(path, 'lifecycle')) : []),
    ...PROBES.flatMap((k) => validateProbeOfKind(k, c[k], grace, child(path, k))),
  ];
}

/** `validateContainers` (regular containers). */
export function validateContainers(containers: readonly Container[] | undefined, volumes: ReadonlySet<string>, grace: number | undefined, path: string): FieldError[] {
  const list = containers ?? [];
  if (list.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  list.forEach((c, i) => {
    const p = index(path, i);
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name ?? '')) errs.push(duplicate(child(p, 'name'), c.name ?? ''));
    else names.add(c.name ?? '');
    errs.push(...lifecycleAndProbes(c, grace, p));
    if (c.restartPolicy !== undefined) errs.push(forbidden(child(p, 'restartPolicy'), 'may not be set for non-init containers'));
  });
  return [...errs, ...hostPortConflicts(list, path)];
}

/** `validateInitContainers`: names shared with regular containers; probes only on sidecars. */
export function validateInitContainers(
  inits: readonly Container[] | undefined, regular: readonly Container[] | undefined,
  volumes: ReadonlySet<string>, grace: number | undefined, path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((regular ?? []).map((c) => c.name ?? ''));
  (inits ?? []).forEach((c, i) => {
    const p = index(path, i);
    errs.push(...validateContainerCommon(c, volumes, p));
    const policy = c.restartPolicy as string | undefined;
    if (policy !== undefined && policy !== 'Always') errs.push(notSupported(child(p, 'restartPolicy'), policy, ['Always']));
    if (names.has(c.name ?? '')) errs.push(duplicate(child(p, 'name'), c.name ?? ''));
    else if (c.name) names.add(c.name);
    // Note: init containers run one at a time, so host ports only clash within one container;
    // upstream checks a one-element list, so the path always says initContainers[0].
    errs.push(...hostPortConflicts([c], path));
    if (policy === 'Always') {
      errs.push(...lifecycleAndProbes(c, grace, p));
    } else {
      for (const k of ['lifecycle', ...PROBES] as const) {
        if (c[k] !== undefined) errs.push(forbidden(child(p, k), 'may not be set for init containers without restartPolicy=Always'));
      }
    }
  });
  return errs;
}
