// The simulator's public entry: the transition functions, the commands they take, and the
// read-only queries printers use. Everything else in src/sim is internal.
export { init, apply, runUntil } from './engine.js';
export type {
  CommandOutcome, ContainerRef, Fault, MetaChanges, ObjectRef, Scenario, ScenarioAction, SimCommand, SimInput,
} from './engine/commands-types.js';
export type { PodRecord, SimState, SimWarning, WatchRow } from './engine/state.js';
export {
  getEndpoints, getEvents, getLogs, getNodes, getObject, getObjectEvents, getObjects, getPod, getPods, getWarnings,
  getPodUsage, getWatchRows, type ContainerUsage, type LogsRequest, type LogsResult,
} from './engine/queries.js';
export { execInPod, type ExecRequest, type ExecResult } from './engine/exec.js';
export type { AggregatedEvent, SimEvent } from './events.js';
export type { LogLine } from './proc/types.js';
