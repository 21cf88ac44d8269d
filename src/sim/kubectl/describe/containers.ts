// The Containers / Init Containers sections of `kubectl describe pod` (describe.go
// describeContainers and its helpers), as kubectl v1.32 prints them.
import type { Container, ContainerStatus, EnvVar, Pod, Probe } from '../../api/types.js';
import type { ContainerState } from '../../status/types.js';

import { qs } from './quantities.js';
import { type DescribeWriter, type Level, formatTime, goBool } from './writer.js';

const sortedNames = (list: Readonly<Record<string, string | number>> | undefined) => Object.keys(list ?? {}).sort();

/** `describeResources`: Limits then Requests, names sorted. */
export function writeResources(w: DescribeWriter, r: Container['resources'], level: Level): void {
  const limits = sortedNames(r?.limits);
  if (limits.length > 0) w.write(level, 'Limits:\n');
  for (const n of limits) w.write((level + 1) as Level, `${n}:\t${qs(r?.limits?.[n])}\n`);
  const requests = sortedNames(r?.requests);
  if (requests.length > 0) w.write(level, 'Requests:\n');
  for (const n of requests) w.write((level + 1) as Level, `${n}:\t${qs(r?.requests?.[n])}\n`);
}

/** `DescribeProbe`. */
export function describeProbe(p: Probe): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const port = String(p.httpGet.port ?? '');
    const host = p.httpGet.host ?? '';
    const hostPort = port ? `${host.includes(':') ? `[${host}]` : host}:${port}` : host;
    return `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://${hostPort}${p.httpGet.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function writeState(w: DescribeWriter, name: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${formatTime(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode}\n`);
    if ((t.signal ?? 0) > 0) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${formatTime(t.startedAt)}\n`);
    w.write(3, `Finished:\t${formatTime(t.finishedAt)}\n`);
  } else {
    w.write(2, `${name}:\tWaiting\n`);
  }
}

/** What `kubectl describe` can resolve of a fieldRef (fieldpath.ExtractFieldPathAsString). */
function fieldRefValue(pod: Pod, path: string): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2]] ?? '';
  switch (path) {
    case 'metadata.name': return pod.metadata.name ?? '';
    case 'metadata.namespace': return pod.metadata.namespace ?? '';
    case 'metadata.uid': return pod.metadata.uid ?? '';
    case 'metadata.labels':
    case 'metadata.annotations': {
      const map = (path === 'metadata.labels' ? pod.metadata.labels : pod.metadata.annotations) ?? {};
      return Object.keys(map).sort().map((k) => `${k}=${JSON.stringify(map[k])}`).join('\n');
    }
    default: return '';
  }
}

function writeEnv(w: DescribeWriter, pod: Pod | undefined, c: Container): void {
  if (c.envFrom && c.envFrom.length > 0) {
    w.write(2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const [from, ref] = e.configMapRef ? ['ConfigMap', e.configMapRef] : e.secretRef ? ['Secret', e.secretRef] : ['', undefined];
      const prefix = e.prefix ? ` with prefix '${e.prefix}'` : '';
      w.write(3, `${ref?.name ?? ''}\t${from}${prefix}\tOptional: ${ref?.optional === true}\n`);
    }
  }
  const env = c.env ?? [];
  w.write(2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) writeEnvVar(w, pod, c, e);
}

function writeEnvVar(w: DescribeWriter, pod: Pod | undefined, c: Container, e: EnvVar): void {
  const from = e.valueFrom;
  if (!from) {
    (e.value ?? '').split('\n').forEach((line, i) => w.write(3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
  } else if (from.fieldRef) {
    const value = pod ? fieldRefValue(pod, from.fieldRef.fieldPath) : '';
    w.write(3, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? 'v1'}:${from.fieldRef.fieldPath})\n`);
  } else if (from.resourceFieldRef) {
    const r = from.resourceFieldRef.resource;
    const [kind, name] = r.split('.');
    const list = kind === 'limits' ? c.resources?.limits : c.resources?.requests;
    const value = list?.[name] !== undefined ? qs(list[name]) : kind === 'limits' ? 'node allocatable' : '0';
    w.write(3, `${e.name}:\t${value} (${r})\n`);
  } else if (from.secretKeyRef) {
    w.write(3, `${e.name}:\t<set to the key '${from.secretKeyRef.key}' in secret '${from.secretKeyRef.name}'>\tOptional: ${from.secretKeyRef.optional === true}\n`);
  } else if (from.configMapKeyRef) {
    w.write(3, `${e.name}:\t<set to the key '${from.configMapKeyRef.key}' of config map '${from.configMapKeyRef.name}'>\tOptional: ${from.configMapKeyRef.optional === true}\n`);
  }
}

function writeMounts(w: DescribeWriter, c: Container): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  w.write(2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
    w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
}

function portString(c: Container, host: boolean): string {
  return (c.ports ?? []).map((p) => `${host ? p.hostPort ?? 0 : p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
}

/** One `describeContainers` section. `indent` is `"  "` for pod templates, `""` for pods. */
export function writeContainers(w: DescribeWriter, label: string, containers: readonly Container[], statuses: readonly ContainerStatus[] | undefined, pod: Pod | undefined, indent = ''): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(0, `${indent}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const c of containers) {
    const status = byName.get(c.name);
    w.write(1, `${indent ? ' ' : ''}${c.name}:\n`);
    if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(2, `Image:\t${c.image ?? ''}\n`);
    if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
    const ports = portString(c, false);
    w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
    const hostPorts = portString(c, true);
    w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
    writeCommand(w, c);
    if (status) {
      writeState(w, 'State', status.state);
      if (status.lastState?.terminated) writeState(w, 'Last State', status.lastState);
      w.write(2, `Ready:\t${goBool(status.ready)}\n`);
      w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    writeResources(w, c.resources, 2);
    if (c.livenessProbe) w.write(2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    writeEnv(w, pod, c);
    writeMounts(w, c);
  }
}

function writeCommand(w: DescribeWriter, c: Container): void {
  if (c.command && c.command.length > 0) {
    w.write(2, 'Command:\n');
    for (const part of c.command) for (const line of part.split('\n')) w.write(3, `${line}\n`);
  }
  if (c.args && c.args.length > 0) {
    w.write(2, 'Args:\n');
    for (const part of c.args) for (const line of part.split('\n')) w.write(3, `${line}\n`);
  }
}

