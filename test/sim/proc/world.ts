// A small ProcWorld for tests: one container's filesystem and volumes, Services by name, and the
// processes that answer connections (including the one under test).

import { containerEnv, resolveImage } from '../../../src/sim/images/index.js';
import type { ImageEntry, ScenarioImage } from '../../../src/sim/images/index.js';
import {
  type FsMount, type HttpAnswer, type NetResult, type Proc, type ProcFaults, type ProcWorld, type SimFs,
  SERVICE_ACCOUNT_DIR, isListening, makeFs, mountedFs, serveHttp, serviceAccountFiles, serviceResolver,
} from '../../../src/sim/proc/index.js';

export const START_EPOCH = Date.UTC(2025, 0, 1);
export const POD_IP = '10.244.1.5';

export interface TestWorldOptions {
  readonly image?: string;
  readonly scenarioImages?: readonly ScenarioImage[];
  readonly env?: Readonly<Record<string, string>>;
  readonly services?: readonly { readonly name: string; readonly namespace?: string; readonly clusterIP: string }[];
  readonly containerPorts?: readonly number[];
  readonly mounts?: readonly FsMount[];
  readonly faults?: ProcFaults;
  readonly stdinOpen?: boolean;
}

/** Mutable test harness around one container. */
export class TestWorld {
  now = 0;
  root: SimFs;
  mounts: FsMount[];
  readonly image: ImageEntry;
  services: { name: string; namespace?: string; clusterIP: string }[];
  /** Processes reachable by IP (a Service's cluster IP forwards to a pod's process), with their own world. */
  targets = new Map<string, () => { proc: Proc; world: ProcWorld } | undefined>();
  faults?: ProcFaults;

  constructor(private readonly opts: TestWorldOptions = {}) {
    const r = resolveImage(opts.image ?? 'busybox:1.36', opts.scenarioImages);
    if (!r.ok) throw new Error(r.error.message);
    this.image = r.image;
    this.root = r.image.files;
    this.mounts = [
      { path: SERVICE_ACCOUNT_DIR, fs: makeFs(serviceAccountFiles('default')), readOnly: true },
      ...(opts.mounts ?? []),
    ];
    this.services = [...(opts.services ?? [])];
    this.faults = opts.faults;
  }

  world(): ProcWorld {
    const fs = mountedFs(this.root, this.mounts);
    const self = this;
    const resolve = serviceResolver(this.services.map((s) => ({ ...s, namespace: s.namespace ?? 'default' })));
    const world: ProcWorld = {
      now: this.now,
      startEpochMs: START_EPOCH,
      image: this.image,
      env: containerEnv(this.image, 'test-pod', this.opts.env ?? {}),
      hostname: 'test-pod',
      namespace: 'default',
      podIP: POD_IP,
      containerPorts: this.opts.containerPorts,
      stdinOpen: this.opts.stdinOpen,
      faults: this.faults,
      fs: {
        stat: (p) => fs.ops.stat(p),
        read: (p) => fs.ops.read(p),
        list: (p) => fs.ops.list(p),
        write(p, c, a) {
          const e = fs.ops.write(p, c, a);
          self.save(fs.current());
          return e;
        },
        mkdir(p, parents) {
          const e = fs.ops.mkdir(p, parents);
          self.save(fs.current());
          return e;
        },
        remove(p, r, d) {
          const e = fs.ops.remove(p, r, d);
          self.save(fs.current());
          return e;
        },
      },
      resolveHost: resolve,
      connect: (ip, port): NetResult => {
        const t = this.targets.get(ip)?.();
        return t && isListening(t.proc, port, this.now) ? 'open' : 'refused';
      },
      httpGet: (ip, port, path): HttpAnswer => {
        const t = this.targets.get(ip)?.();
        return t ? serveHttp(t.proc, port, path, t.world) : { kind: 'refused' };
      },
    };
    return world;
  }

  private save(state: { root: SimFs; mounts: readonly SimFs[] }): void {
    this.root = state.root;
    this.mounts = this.mounts.map((m, i) => ({ ...m, fs: state.mounts[i] }));
  }

  read(path: string): string | undefined {
    return mountedFs(this.root, this.mounts).ops.read(path);
  }
}
