// Explain docs for a container and its probes (after the Kubernetes API reference, v1.32).
import type { TypeDoc } from './schema.js';

const PROBE_URL = 'More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes';

export const CONTAINER_DOCS: Readonly<Record<string, TypeDoc>> = {
  Container: {
    d: 'A single application container that you want to run within a pod.',
    fields: {
      args: { d: "Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell", t: 'string', list: true },
      command: { d: "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell", t: 'string', list: true },
      env: { d: 'List of environment variables to set in the container. Cannot be updated.', t: 'EnvVar', list: true },
      envFrom: { d: 'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.', t: 'EnvFromSource', list: true },
      image: { d: 'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.', t: 'string' },
      imagePullPolicy: { d: 'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images', t: 'string', enum: ['Always', 'IfNotPresent', 'Never'] },
      lifecycle: { d: 'Actions that the management system should take in response to container lifecycle events. Cannot be updated.', t: 'Lifecycle' },
      livenessProbe: { d: `Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. ${PROBE_URL}`, t: 'Probe' },
      name: { d: 'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.', t: 'string', required: true },
      ports: { d: 'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Cannot be updated.', t: 'ContainerPort', list: true },
      readinessProbe: { d: `Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. ${PROBE_URL}`, t: 'Probe' },
      resources: { d: 'Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', t: 'ResourceRequirements' },
      restartPolicy: { d: 'RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be set for init containers, and the only allowed value is "Always". Setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated.', t: 'string' },
      startupProbe: { d: `StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This cannot be updated. ${PROBE_URL}`, t: 'Probe' },
      stdin: { d: 'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.', t: 'boolean' },
      terminationMessagePath: { d: "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Defaults to /dev/termination-log. Cannot be updated.", t: 'string' },
      terminationMessagePolicy: { d: 'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. Defaults to File. Cannot be updated.', t: 'string', enum: ['FallbackToLogsOnError', 'File'] },
      tty: { d: "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.", t: 'boolean' },
      volumeMounts: { d: "Pod volumes to mount into the container's filesystem. Cannot be updated.", t: 'VolumeMount', list: true },
      workingDir: { d: "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.", t: 'string' },
    },
  },
  Probe: {
    d: 'Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.',
    fields: {
      exec: { d: 'Exec specifies a command to execute in the container.', t: 'ExecAction' },
      failureThreshold: { d: 'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.', t: 'integer' },
      grpc: { d: 'GRPC specifies a GRPC HealthCheckRequest.', t: 'GRPCAction' },
      httpGet: { d: 'HTTPGet specifies an HTTP GET request to perform.', t: 'HTTPGetAction' },
      initialDelaySeconds: { d: `Number of seconds after the container has started before liveness probes are initiated. ${PROBE_URL}`, t: 'integer' },
      periodSeconds: { d: 'How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.', t: 'integer' },
      successThreshold: { d: 'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.', t: 'integer' },
      tcpSocket: { d: 'TCPSocket specifies a connection to a TCP port.', t: 'TCPSocketAction' },
      terminationGracePeriodSeconds: { d: "Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down).", t: 'integer' },
      timeoutSeconds: { d: `Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. ${PROBE_URL}`, t: 'integer' },
    },
  },
  ExecAction: {
    d: 'ExecAction describes a "run in container" action.',
    fields: { command: { d: "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.", t: 'string', list: true } },
  },
  HTTPGetAction: {
    d: 'HTTPGetAction describes an action based on HTTP Get requests.',
    fields: {
      host: { d: 'Host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.', t: 'string' },
      httpHeaders: { d: 'Custom headers to set in the request. HTTP allows repeated headers.', t: 'HTTPHeader', list: true },
      path: { d: 'Path to access on the HTTP server.', t: 'string' },
      port: { d: 'Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.', t: 'IntOrString', required: true },
      scheme: { d: 'Scheme to use for connecting to the host. Defaults to HTTP.', t: 'string', enum: ['HTTP', 'HTTPS'] },
    },
  },
  HTTPHeader: {
    d: 'HTTPHeader describes a custom header to be used in HTTP probes',
    fields: {
      name: { d: 'The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.', t: 'string', required: true },
      value: { d: 'The header field value', t: 'string', required: true },
    },
  },
  TCPSocketAction: {
    d: 'TCPSocketAction describes an action based on opening a socket',
    fields: {
      host: { d: 'Optional: Host name to connect to, defaults to the pod IP.', t: 'string' },
      port: { d: 'Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.', t: 'IntOrString', required: true },
    },
  },
  GRPCAction: {
    d: 'GRPCAction specifies an action involving a GRPC service.',
    fields: {
      port: { d: 'Port number of the gRPC service. Number must be in the range 1 to 65535.', t: 'integer', required: true },
      service: { d: 'Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\n\nIf this is not specified, the default behavior is defined by gRPC.', t: 'string' },
    },
  },
  ContainerPort: {
    d: 'ContainerPort represents a network port in a single container.',
    fields: {
      containerPort: { d: "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.", t: 'integer', required: true },
      hostIP: { d: 'What host IP to bind the external port to.', t: 'string' },
      hostPort: { d: 'Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.', t: 'integer' },
      name: { d: 'If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.', t: 'string' },
      protocol: { d: 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".', t: 'string', enum: ['SCTP', 'TCP', 'UDP'] },
    },
  },
  ResourceRequirements: {
    d: 'ResourceRequirements describes the compute resource requirements.',
    fields: {
      limits: { d: 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', t: 'Quantity', map: true },
      requests: { d: 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', t: 'Quantity', map: true },
    },
  },
  Quantity: { d: 'Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.' },
  IntOrString: { d: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.', primitive: 'string' },
  EnvVar: {
    d: 'EnvVar represents an environment variable present in a Container.',
    fields: {
      name: { d: 'Name of the environment variable. Must be a C_IDENTIFIER.', t: 'string', required: true },
      value: { d: 'Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Defaults to "".', t: 'string' },
      valueFrom: { d: "Source for the environment variable's value. Cannot be used if value is not empty.", t: 'EnvVarSource' },
    },
  },
  EnvVarSource: {
    d: 'EnvVarSource represents a source for the value of an EnvVar.',
    fields: {
      configMapKeyRef: { d: 'Selects a key of a ConfigMap.', t: 'ConfigMapKeySelector' },
      fieldRef: { d: "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.", t: 'ObjectFieldSelector' },
      secretKeyRef: { d: "Selects a key of a secret in the pod's namespace", t: 'SecretKeySelector' },
    },
  },
  ConfigMapKeySelector: {
    d: 'Selects a key from a ConfigMap.',
    fields: { key: { d: 'The key to select.', t: 'string', required: true }, name: { d: 'Name of the referent.', t: 'string' }, optional: { d: 'Specify whether the ConfigMap or its key must be defined', t: 'boolean' } },
  },
  SecretKeySelector: {
    d: 'SecretKeySelector selects a key of a Secret.',
    fields: { key: { d: 'The key of the secret to select from.  Must be a valid secret key.', t: 'string', required: true }, name: { d: 'Name of the referent.', t: 'string' }, optional: { d: 'Specify whether the Secret or its key must be defined', t: 'boolean' } },
  },
  ObjectFieldSelector: {
    d: 'ObjectFieldSelector selects an APIVersioned field of an object.',
    fields: { apiVersion: { d: 'Version of the schema the FieldPath is written in terms of, defaults to "v1".', t: 'string' }, fieldPath: { d: 'Path of the field to select in the specified API version.', t: 'string', required: true } },
  },
  EnvFromSource: {
    d: 'EnvFromSource represents the source of a set of ConfigMaps or Secrets',
    fields: { configMapRef: { d: 'The ConfigMap to select from', t: 'ConfigMapEnvSource' }, prefix: { d: 'Optional text to prepend to the name of each environment variable. Must be a C_IDENTIFIER.', t: 'string' }, secretRef: { d: 'The Secret to select from', t: 'SecretEnvSource' } },
  },
  ConfigMapEnvSource: { d: 'ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.', fields: { name: { d: 'Name of the referent.', t: 'string' }, optional: { d: 'Specify whether the ConfigMap must be defined', t: 'boolean' } } },
  SecretEnvSource: { d: 'SecretEnvSource selects a Secret to populate the environment variables with.', fields: { name: { d: 'Name of the referent.', t: 'string' }, optional: { d: 'Specify whether the Secret must be defined', t: 'boolean' } } },
  VolumeMount: {
    d: 'VolumeMount describes a mounting of a Volume within a container.',
    fields: {
      mountPath: { d: "Path within the container at which the volume should be mounted.  Must not contain ':'.", t: 'string', required: true },
      name: { d: 'This must match the Name of a Volume.', t: 'string', required: true },
      readOnly: { d: 'Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.', t: 'boolean' },
      subPath: { d: 'Path within the volume from which the container\'s volume should be mounted. Defaults to "" (volume\'s root).', t: 'string' },
    },
  },
  Lifecycle: {
    d: 'Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.',
    fields: {
      postStart: { d: 'PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks', t: 'LifecycleHandler' },
      preStop: { d: "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks", t: 'LifecycleHandler' },
    },
  },
  LifecycleHandler: {
    d: 'LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.',
    fields: {
      exec: { d: 'Exec specifies a command to execute in the container.', t: 'ExecAction' },
      httpGet: { d: 'HTTPGet specifies an HTTP GET request to perform.', t: 'HTTPGetAction' },
      sleep: { d: 'Sleep represents a duration that the container should sleep.', t: 'SleepAction' },
      tcpSocket: { d: 'Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified.', t: 'TCPSocketAction' },
    },
  },
  SleepAction: { d: 'SleepAction describes a "sleep" action.', fields: { seconds: { d: 'Seconds is the number of seconds to sleep.', t: 'integer', required: true } } },
};
