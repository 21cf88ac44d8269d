// The Volumes section of `kubectl describe pod` (describe.go describeVolumes), v1.32 wording.
import type { Volume } from '../../api/types.js';
import { qs } from './quantities.js';
import type { DescribeWriter } from './writer.js';

type Rec = Readonly<Record<string, any>>;

function projected(w: DescribeWriter, p: Rec): void {
  w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const s of (p.sources ?? []) as Rec[]) {
    // Note: v1.32 prints the *bool Optional fields with %v: `<nil>` when unset.
    if (s.secret) w.write(2, `SecretName:\t${s.secret.name ?? ''}\n    SecretOptionalName:\t${s.secret.optional ?? '<nil>'}\n`);
    else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
    else if (s.configMap) w.write(2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    ConfigMapOptional:\t${s.configMap.optional ?? '<nil>'}\n`);
    else if (s.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3600}\n`);
  }
}

function one(w: DescribeWriter, v: Volume): void {
  if (v.hostPath) {
    w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
  } else if (v.emptyDir) {
    const limit = v.emptyDir.sizeLimit !== undefined && qs(v.emptyDir.sizeLimit) !== '0' ? qs(v.emptyDir.sizeLimit) : '<unset>';
    w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${limit}\n`);
  } else if (v.secret) {
    w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName}\n    Optional:\t${v.secret.optional === true}\n`);
  } else if (v.configMap) {
    w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name}\n    Optional:\t${v.configMap.optional === true}\n`);
  } else if (v.nfs) {
    w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${v.nfs.readOnly === true}\n`);
  } else if (v.persistentVolumeClaim) {
    w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
  } else if (v.projected) {
    projected(w, v.projected);
  } else if (v.downwardAPI) {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of ((v.downwardAPI as Rec).items ?? []) as Rec[]) {
      if (item.fieldRef) w.write(3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
      if (item.resourceFieldRef) w.write(3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else {
    w.write(1, '<unknown>\n');
  }
}

/** `describeVolumes`. */
export function writeVolumes(w: DescribeWriter, volumes: readonly Volume[] | undefined, indent = ''): void {
  if (!volumes || volumes.length === 0) return w.write(0, `${indent}Volumes:\t<none>\n`);
  w.write(0, `${indent}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${indent ? ' ' : ''}${v.name}:\n`);
    one(w, v);
  }
}
