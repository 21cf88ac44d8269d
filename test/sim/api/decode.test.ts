import { describe, expect, it } from 'vitest';
import { decode, expandList } from '../../../src/sim/api/index.js';
import { pod, reject } from './helpers.js';

const BAD = 'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: ';

describe('kubectl checks before sending', () => {
  it.each([
    [{ kind: 'Pod', metadata: { name: 'x' } }, 'apiVersion not set'],
    [{ apiVersion: 'v1', metadata: { name: 'x' } }, 'kind not set'],
    [{ metadata: { name: 'x' } }, '[apiVersion not set, kind not set]'],
    [{ apiVersion: 1, kind: 'Pod' }, "apiVersion isn't string type"],
    [{ apiversion: 'v1', kind: 'Pod' }, 'apiVersion not set'],
    ['just a string', 'invalid object to validate'],
  ])('%j → %s', (raw, problems) => {
    expect(reject(raw)).toBe(
      `error: error validating "pod.yaml": error validating data: ${problems}; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  });

  it.each([
    ['v2', 'Pod', 'no matches for kind "Pod" in version "v2"'],
    ['v1', 'Deployment', 'no matches for kind "Deployment" in version "v1"'],
    ['extensions/v1beta1', 'Deployment', 'no matches for kind "Deployment" in version "extensions/v1beta1"'],
    ['v1', 'pod', 'no matches for kind "pod" in version "v1"'],
  ])('%s %s is not mapped', (apiVersion, kind, message) => {
    expect(reject({ apiVersion, kind, metadata: { name: 'x', namespace: 'dev' } })).toBe(
      `error: resource mapping not found for name: "x" namespace: "dev" from "pod.yaml": ${message}\nensure CRDs are installed first`,
    );
  });

  it('names a real kind podlab does not simulate instead of calling it unknown', () => {
    expect(reject({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' } })).toBe(
      'error: podlab does not simulate Job (batch/v1) yet; it simulates Pod, Node, Namespace, ConfigMap, Secret, Service (v1) and ReplicaSet, Deployment (apps/v1)',
    );
  });

  it('passes podlab Scenario documents through untouched', () => {
    const raw = { apiVersion: 'podlab.dev/v1', kind: 'Scenario', images: [] };
    expect(decode(raw)).toEqual({ ok: true, foreign: { apiVersion: 'podlab.dev/v1', kind: 'Scenario', raw } });
  });
});

describe('strict decoding', () => {
  it.each([
    [pod({ imagee: 'nginx' }), 'unknown field "spec.containers[0].imagee"'],
    [pod({}, { restartpolicy: 'Never' }), 'unknown field "spec.restartpolicy"'],
    [pod({ Image: 'nginx' }), 'unknown field "spec.containers[0].Image"'],
    [pod({ resources: { limit: { cpu: '1' } } }), 'unknown field "spec.containers[0].resources.limit"'],
    [pod({ livenessProbe: { httpGet: { port: 80 }, initialDelay: 5 } }), 'unknown field "spec.containers[0].livenessProbe.initialDelay"'],
    [pod({}, { containers: undefined, container: [] }), 'unknown field "spec.container"'],
    [{ ...pod(), metadata: { name: 'web', label: { a: 'b' } } }, 'unknown field "metadata.label"'],
    [pod({ restartPolicy: 'Always', volumeMounts: [{ name: 'd', mountPath: '/d', hostPath: '/x' }] }), 'unknown field "spec.containers[0].volumeMounts[0].hostPath"'],
  ])('%#', (raw, detail) => {
    expect(reject(raw)).toBe(`${BAD}strict decoding error: ${detail}`);
  });

  it('lists every unknown field, in the sorted order the server reads them', () => {
    const raw = { ...pod({ zzz: 1, imagee: 'x' }, { foo: true }), extra: 1 };
    expect(reject(raw)).toBe(
      `${BAD}strict decoding error: unknown field "extra", unknown field "spec.containers[0].imagee", unknown field "spec.containers[0].zzz", unknown field "spec.foo"`,
    );
  });

  it('reports the paths so a caller can point at the lines', () => {
    const r = decode(pod({ imagee: 'x' }));
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'spec.containers[0].imagee', message: 'unknown field' }]);
  });
});

describe('wrong JSON types, worded by encoding/json', () => {
  it.each([
    [pod({ ports: [{ containerPort: '80' }] }), 'json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32'],
    [pod({ ports: { containerPort: 80 } }), 'json: cannot unmarshal object into Go struct field Container.spec.containers.ports of type []v1.ContainerPort'],
    [pod({ env: [{ name: 'A', value: 1 }] }), 'json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string'],
    [pod({ env: [{ name: 'A', value: true }] }), 'json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string'],
    [pod({ command: 'sleep 3600' }), 'json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string'],
    [pod({ args: ['sleep', 3600] }), 'json: cannot unmarshal number into Go struct field Container.spec.containers.args of type string'],
    [pod({}, { restartPolicy: 1 }), 'json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy'],
    [pod({}, { terminationGracePeriodSeconds: 1.5 }), 'json: cannot unmarshal number 1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64'],
    [pod({ ports: [{ containerPort: 3000000000 }] }), 'json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32'],
    [pod({ resources: { limits: ['cpu'] } }), 'json: cannot unmarshal array into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList'],
    [{ ...pod(), metadata: { name: 'web', labels: { tier: 1 } } }, 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
    [{ ...pod(), spec: 'nope' }, 'json: cannot unmarshal string into Go struct field Pod.spec of type v1.PodSpec'],
    [pod({}, { containers: ['nginx'] }), 'json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type v1.Container'],
    [pod({ livenessProbe: { tcpSocket: { port: true } } }), 'json: cannot unmarshal bool into Go struct field TCPSocketAction.spec.containers.livenessProbe.tcpSocket.port of type int32'],
  ])('%#', (raw, detail) => {
    expect(reject(raw)).toBe(`${BAD}${detail}`);
  });

  it('reports the first wrong type only, and before any unknown field', () => {
    const raw = pod({ imagee: 'x', ports: [{ containerPort: 'a' }], env: [{ name: 'A', value: 1 }] });
    expect(reject(raw)).toBe(`${BAD}json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string`);
  });
});

describe('quantities and bytes are decoded, not validated', () => {
  it.each(['1GB', '500 m', 'abc', '', '1.1.1'])('memory %j', (memory) => {
    expect(reject(pod({ resources: { limits: { memory } } }))).toBe(
      `${BAD}quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    );
  });

  it.each(['32MMi', '1K', '0.1mi'])("%j has an unknown suffix", (memory) => {
    expect(reject(pod({ resources: { requests: { memory } } }))).toBe(`${BAD}unable to parse quantity's suffix`);
  });

  it.each([
    ['abc', 0],
    ['abcde', 4],
    ['ab=c', 2],
    ['ab=', 3],
    ['a$cd', 1],
    ['abc=d', 4],
  ])('Secret data %j fails at byte %i', (value, at) => {
    const raw = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { k: value } };
    expect(reject(raw)).toBe(
      `Error from server (BadRequest): error when creating "pod.yaml": Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${at}`,
    );
  });

  it.each(['YWJj', 'YWI=', 'YQ==', ''])('Secret data %j decodes', (value) => {
    expect(decode({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { k: value } }).ok).toBe(true);
  });
});

describe('the decoded object', () => {
  it('drops nulls and the zero values of optional fields, as a Go round trip does', () => {
    const r = decode(pod({ image: null, stdin: false, livenessProbe: { exec: { command: ['true'] }, periodSeconds: 0 } }, { hostNetwork: false }));
    expect(r.ok && r.object).toEqual({
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' },
      spec: { containers: [{ name: 'app', livenessProbe: { exec: { command: ['true'] } } }] },
    });
  });

  it('keeps zero values of pointer fields', () => {
    const r = decode(pod({}, { terminationGracePeriodSeconds: 0, enableServiceLinks: false }));
    expect(r.ok && r.object?.kind === 'Pod' && r.object.spec).toMatchObject({ terminationGracePeriodSeconds: 0, enableServiceLinks: false });
  });

  it('accepts the fields of real manifests the simulator does not act on', () => {
    const raw = pod(
      { stdinOnce: true, securityContext: { capabilities: { add: ['NET_ADMIN'] }, runAsNonRoot: true }, resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] },
      { shareProcessNamespace: true, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }], dnsConfig: { nameservers: ['1.1.1.1'] } },
    );
    expect(decode(raw).ok).toBe(true);
  });

  it('expands a List into its items', () => {
    expect(expandList({ apiVersion: 'v1', kind: 'List', items: [pod(), pod()] })).toHaveLength(2);
    expect(expandList(pod())).toEqual([pod()]);
  });
});
