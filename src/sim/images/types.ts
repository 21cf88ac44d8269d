// Types of the image catalog: what a registry serves (size, pull time) and what the image holds
// (its config, its programs and files).

import type { Millis } from '../api/types.js';
import type { Behaviour, Signal } from '../proc/behaviour-types.js';
import type { SimFs } from '../proc/fs.js';

/** An image reference parsed the way containerd's reference library parses it. */
export interface ImageRef {
  /** As written in the Pod spec, e.g. `nginx`. */
  readonly raw: string;
  /** Registry host, e.g. `docker.io`, `registry.k8s.io`, `localhost:5000`. */
  readonly registry: string;
  /** Repository path inside the registry, e.g. `library/nginx`. */
  readonly repository: string;
  /** Tag; `latest` when neither a tag nor a digest was written. */
  readonly tag?: string;
  readonly digest?: string;
  /** Fully qualified, e.g. `docker.io/library/nginx:latest` (what containerd prints). */
  readonly full: string;
}

/** Which base tools the image has: busybox applets (alpine, busybox), GNU coreutils (debian), or none (scratch, distroless). */
export type Userland = 'busybox' | 'gnu' | 'none';

/** The parts of an image's config that decide how a container starts. */
export interface ImageConfig {
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly workingDir: string;
  /** STOPSIGNAL; containerd sends it instead of SIGTERM when it stops the container. */
  readonly stopSignal: Signal;
  readonly exposedPorts: readonly number[];
}

/** Identifies one simulated program (see proc/programs). */
export type ProgramId = string;

/** A resolved image: everything the kubelet and the processes need to know about it. */
export interface ImageEntry extends ImageConfig {
  readonly ref: ImageRef;
  /** Catalog name, e.g. `nginx`, `busybox`, `app` (placeholders), `scenario`. */
  readonly kind: string;
  /** Version of the main software, e.g. `1.25.5` for nginx:1.25, as banners print it. */
  readonly version: string;
  /** Image size in bytes, as the `Pulled` event prints it. */
  readonly sizeBytes: number;
  /** Time a pull takes on the simulated network. */
  readonly pullMs: Millis;
  readonly userland: Userland;
  /** Busybox version when the userland is busybox (nslookup's output changed in 1.29). */
  readonly busyboxVersion?: string;
  /** Programs installed beyond the userland, by absolute path. */
  readonly programs: Readonly<Record<string, ProgramId>>;
  /** The image's files (a small, illustrative subset). */
  readonly files: SimFs;
  /** Placeholder and Scenario images: a command nobody knows is the app's own tool, run with a warning. */
  readonly opaque: boolean;
  /** Behaviour of the `scenario` program (Scenario images). */
  readonly behaviour?: Behaviour;
}

/** An image a Scenario declares: matches `image` (a tag in it must match; without one, any tag). */
export interface ScenarioImage {
  readonly image: string;
  readonly behaviour: Behaviour;
  readonly sizeBytes?: number;
  readonly pullMs?: Millis;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly stopSignal?: Signal;
  /** Default `busybox`, so exec probes such as `cat /tmp/ready` work. */
  readonly userland?: Userland;
}

/** Why a pull fails, worded as the kubelet reports it. */
export interface PullError {
  /** `ErrImagePull` (registry answered no) or `InvalidImageName` (the reference does not parse). */
  readonly reason: 'ErrImagePull' | 'InvalidImageName';
  /** The runtime's error, e.g. `rpc error: code = NotFound desc = failed to pull and unpack image ...`. */
  readonly message: string;
}

export type ResolveResult = { readonly ok: true; readonly image: ImageEntry } | { readonly ok: false; readonly error: PullError };
