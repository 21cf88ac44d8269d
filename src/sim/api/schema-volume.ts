// Volume schemas (k8s.io/api/core/v1/types.go, VolumeSource). The sources a learner meets are
// described field by field; the cloud and legacy plugins are accepted as written.
import { keyToPath, labelSelector, localObjectReference, objectFieldSelector, resourceFieldSelector } from './schema-meta.js';
import {
  anything, bool, int32, int64, listOf, quantity, str, strPtr, stringMap, struct,
} from './schema-types.js';

const downwardAPIVolumeFile = struct('DownwardAPIVolumeFile', {
  path: str(undefined, true),
  fieldRef: objectFieldSelector,
  resourceFieldRef: resourceFieldSelector,
  mode: int32(true),
});

const volumeProjection = struct('VolumeProjection', {
  secret: struct('SecretProjection', { name: str(), items: listOf(keyToPath), optional: bool(true) }),
  downwardAPI: struct('DownwardAPIProjection', { items: listOf(downwardAPIVolumeFile) }),
  configMap: struct('ConfigMapProjection', { name: str(), items: listOf(keyToPath), optional: bool(true) }),
  serviceAccountToken: struct('ServiceAccountTokenProjection', {
    audience: str(),
    expirationSeconds: int64(true),
    path: str(undefined, true),
  }),
  clusterTrustBundle: struct('ClusterTrustBundleProjection', {
    name: strPtr(),
    signerName: strPtr(),
    labelSelector,
    optional: bool(true),
    path: str(undefined, true),
  }),
  podCertificate: anything,
});

/**
 * Every volume source in upstream's order (validateVolumeSource checks them in this order, and
 * the "more than 1 volume type" error names the later ones).
 */
export const VOLUME_SOURCES = {
  emptyDir: struct('EmptyDirVolumeSource', { medium: str('v1.StorageMedium'), sizeLimit: quantity }),
  hostPath: struct('HostPathVolumeSource', { path: str(undefined, true), type: strPtr('v1.HostPathType') }),
  gitRepo: anything,
  gcePersistentDisk: anything,
  awsElasticBlockStore: anything,
  secret: struct('SecretVolumeSource', {
    secretName: str(),
    items: listOf(keyToPath),
    defaultMode: int32(true),
    optional: bool(true),
  }),
  nfs: struct('NFSVolumeSource', { server: str(undefined, true), path: str(undefined, true), readOnly: bool() }),
  iscsi: anything,
  glusterfs: anything,
  flocker: anything,
  persistentVolumeClaim: struct('PersistentVolumeClaimVolumeSource', {
    claimName: str(undefined, true),
    readOnly: bool(),
  }),
  rbd: anything,
  cinder: anything,
  cephfs: anything,
  quobyte: anything,
  downwardAPI: struct('DownwardAPIVolumeSource', { items: listOf(downwardAPIVolumeFile), defaultMode: int32(true) }),
  fc: anything,
  flexVolume: anything,
  configMap: struct('ConfigMapVolumeSource', {
    name: str(),
    items: listOf(keyToPath),
    defaultMode: int32(true),
    optional: bool(true),
  }),
  azureFile: anything,
  vsphereVolume: anything,
  photonPersistentDisk: anything,
  portworxVolume: anything,
  azureDisk: anything,
  storageos: anything,
  projected: struct('ProjectedVolumeSource', { sources: listOf(volumeProjection), defaultMode: int32(true) }),
  scaleIO: anything,
  csi: struct('CSIVolumeSource', {
    driver: str(undefined, true),
    readOnly: bool(true),
    fsType: strPtr(),
    volumeAttributes: stringMap,
    nodePublishSecretRef: localObjectReference,
  }),
  ephemeral: anything,
  image: struct('ImageVolumeSource', { reference: str(), pullPolicy: str('v1.PullPolicy') }),
} as const;

/** The names of the volume sources, in upstream's order. */
export const VOLUME_SOURCE_NAMES = Object.keys(VOLUME_SOURCES) as readonly (keyof typeof VOLUME_SOURCES)[];

export const volume = struct('Volume', { name: str(undefined, true), ...VOLUME_SOURCES });
