// Status derivation shared by the simulator and `explain`: small pure functions of a Pod object.
export * from './types.js';
export { parseRfc3339, timestampMs, formatRfc3339, formatRfc3339Micro, ZERO_TIME_MS } from './time.js';
export { humanDuration, translateTimestampSince } from './duration.js';
export { printPodRow, type PodRow, type RowCondition } from './print-pod.js';
export { getPhase, derivePhase, isStaticPod } from './phase.js';
export {
  hasAnyActiveRegularContainerStarted,
  hasAnyRegularContainerStarted,
  isRestartableInitContainer,
} from './containers.js';
export {
  generateContainersReadyCondition,
  generatePodReadyCondition,
  generatePodInitializedCondition,
  podConditions,
  type GeneratedCondition,
  type PodConditionsInput,
} from './conditions.js';
export { computeQOS, getPodQOS } from './qos.js';
