// The Container schema and what hangs off it: ports, env, probes, lifecycle, security context
// (k8s.io/api/core/v1/types.go). Pointer fields are marked `keep`: their zero value is real.
import { objectFieldSelector, resourceFieldSelector, resourceRequirements } from './schema-meta.js';
import {
  bool, int32, int64, intOrString, listOf, str, strPtr, stringList, struct, type StructType,
} from './schema-types.js';

const containerPort = struct('ContainerPort', {
  name: str(),
  hostPort: int32(),
  containerPort: int32(true),
  protocol: str('v1.Protocol'),
  hostIP: str(),
});

const keySelector = (name: string): StructType => struct(name, {
  name: str(),
  key: str(undefined, true),
  optional: bool(true),
});

const envVar = struct('EnvVar', {
  name: str(undefined, true),
  value: str(),
  valueFrom: struct('EnvVarSource', {
    fieldRef: objectFieldSelector,
    resourceFieldRef: resourceFieldSelector,
    configMapKeyRef: keySelector('ConfigMapKeySelector'),
    secretKeyRef: keySelector('SecretKeySelector'),
  }),
});

const envFromSource = struct('EnvFromSource', {
  prefix: str(),
  configMapRef: struct('ConfigMapEnvSource', { name: str(), optional: bool(true) }),
  secretRef: struct('SecretEnvSource', { name: str(), optional: bool(true) }),
});

const volumeMount = struct('VolumeMount', {
  name: str(undefined, true),
  readOnly: bool(),
  recursiveReadOnly: strPtr('v1.RecursiveReadOnlyMode'),
  mountPath: str(undefined, true),
  subPath: str(),
  mountPropagation: strPtr('v1.MountPropagationMode'),
  subPathExpr: str(),
});

const execAction = struct('ExecAction', { command: stringList });
const httpGetAction = struct('HTTPGetAction', {
  path: str(),
  port: intOrString(true),
  host: str(),
  scheme: str('v1.URIScheme'),
  httpHeaders: listOf(struct('HTTPHeader', { name: str(undefined, true), value: str(undefined, true) })),
});
const tcpSocketAction = struct('TCPSocketAction', { port: intOrString(true), host: str() });
const grpcAction = struct('GRPCAction', { port: int32(true), service: strPtr() });

const probe = struct('Probe', {
  exec: execAction,
  httpGet: httpGetAction,
  tcpSocket: tcpSocketAction,
  grpc: grpcAction,
  initialDelaySeconds: int32(),
  timeoutSeconds: int32(),
  periodSeconds: int32(),
  successThreshold: int32(),
  failureThreshold: int32(),
  terminationGracePeriodSeconds: int64(true),
});

const lifecycleHandler = struct('LifecycleHandler', {
  exec: execAction,
  httpGet: httpGetAction,
  tcpSocket: tcpSocketAction,
  sleep: struct('SleepAction', { seconds: int64(true) }),
});

export const seLinuxOptions = struct('SELinuxOptions', { user: str(), role: str(), type: str(), level: str() });
export const windowsOptions = struct('WindowsSecurityContextOptions', {
  gmsaCredentialSpecName: strPtr(),
  gmsaCredentialSpec: strPtr(),
  runAsUserName: strPtr(),
  hostProcess: bool(true),
});
export const seccompProfile = struct('SeccompProfile', {
  type: str('v1.SeccompProfileType', true),
  localhostProfile: strPtr(),
});
export const appArmorProfile = struct('AppArmorProfile', {
  type: str('v1.AppArmorProfileType', true),
  localhostProfile: strPtr(),
});

const securityContext = struct('SecurityContext', {
  capabilities: struct('Capabilities', { add: listOf(str('v1.Capability', true)), drop: listOf(str('v1.Capability', true)) }),
  privileged: bool(true),
  seLinuxOptions,
  windowsOptions,
  runAsUser: int64(true),
  runAsGroup: int64(true),
  runAsNonRoot: bool(true),
  readOnlyRootFilesystem: bool(true),
  allowPrivilegeEscalation: bool(true),
  procMount: strPtr('v1.ProcMountType'),
  seccompProfile,
  appArmorProfile,
});

const containerFields = {
  name: str(undefined, true),
  image: str(),
  command: stringList,
  args: stringList,
  workingDir: str(),
  ports: listOf(containerPort),
  envFrom: listOf(envFromSource),
  env: listOf(envVar),
  resources: resourceRequirements,
  resizePolicy: listOf(struct('ContainerResizePolicy', {
    resourceName: str('v1.ResourceName', true),
    restartPolicy: str('v1.ResourceResizeRestartPolicy', true),
  })),
  restartPolicy: strPtr('v1.ContainerRestartPolicy'),
  volumeMounts: listOf(volumeMount),
  volumeDevices: listOf(struct('VolumeDevice', { name: str(undefined, true), devicePath: str(undefined, true) })),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: struct('Lifecycle', { postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: strPtr('v1.Signal') }),
  terminationMessagePath: str(),
  terminationMessagePolicy: str('v1.TerminationMessagePolicy'),
  imagePullPolicy: str('v1.PullPolicy'),
  securityContext,
  stdin: bool(),
  stdinOnce: bool(),
  tty: bool(),
};

export const container = struct('Container', containerFields);

export const ephemeralContainer = struct('EphemeralContainer', {
  ...containerFields,
  targetContainerName: str(),
});
