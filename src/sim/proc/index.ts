// What runs inside a container: processes stepped over virtual time, exec, and network answers.
//
// How the kubelet drives a container (see test/sim/proc/driver.ts and world.ts for a small example):
//   image = resolveImage(c.image, scenario.images)            pull: image.pullMs, image.sizeBytes
//   argv  = containerArgv(image, c.command, c.args), each arg through expandKubeVars(arg, env)
//   env   = containerEnv(image, podName, containerEnvVars)
//   fs    = mountedFs(image.files + podFiles(...), volumes + {SERVICE_ACCOUNT_DIR: serviceAccountFiles(ns)})
//   proc  = startProcess(argv, world); then stepProcess(proc, world) now and at every wakeAt
//   exit  → terminated (exit.startError: reason StartError, 128); logs → the container log
//   OOM   → compare memoryAt(proc, t) / timeToReachMemory(proc, limit, now) with the memory limit
//   stop  → signalProcess(proc, image.stopSignal, world), then SIGKILL when the grace period ends
//   probes → runExec(argv, world, timeout) · httpGet(proc, port, path, world, opts) · tcpConnect(proc, port, world)

export type { Behaviour, HttpRoute, HttpSpec, ListenSpec, MemorySpec, Signal, SignalAction, Stream, TimedLog } from './behaviour-types.js';
export { SIGNAL_NUMBERS } from './behaviour-types.js';
export { CLUSTER_DOMAIN, DEFAULT_DNS_SERVER, SERVICE_ACCOUNT_DIR, candidateNames, lookupHost, searchDomains, serviceAccountFiles, serviceResolver } from './dns.js';
export type { DnsService } from './dns.js';
export { type ExecResult, runExec } from './exec.js';
export { emptyFs, errnoText, fsList, fsMkdir, fsRead, fsRemove, fsStat, fsWrite, makeFs } from './fs.js';
export type { FsErrno, FsResult, SimFs } from './fs.js';
export { type FsMount, type FsOps, type MountedState, mountedFs } from './fs-ops.js';
export { type RequestOptions, httpGet, isListening, serveHttp, tcpConnect } from './http.js';
export { BASE_MEMORY_BYTES, memoryAt, timeToReachMemory } from './memory.js';
export { handlesSignal, signalProcess, startProcess, stepProcess } from './process.js';
export type { Listener, MemoryPart, Proc, ProcStep } from './process-types.js';
export type { HttpAnswer, LogLine, NetResult, ProcExit, ProcFaults, ProcWorld, StepOutput } from './types.js';
export { WARNINGS, type WarningKey, localizeWarning, warningText } from './warnings.js';
