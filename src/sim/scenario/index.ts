// The `podlab.dev/v1` Scenario document (docs/scenario-format.md) decoded for the engine, and
// the manifest admission path `podlab sim` shares with it. Pure: plain data in, values out.
export { decodeScenario, type DecodedScenario, type ScenarioContext, type ScenarioNote, type TimelineEntry } from './decode.js';
export { admitDocument, refusalProblems, type AdmitResult } from './admit.js';
export { planKubectl, type KubectlPlan, type Note, type Planned } from './kubectl.js';
export { NOTES, noteText, type NoteKey } from './messages.js';
export type { Problem } from './fields.js';
export const SCENARIO_API_VERSION = 'podlab.dev/v1';
export const SCENARIO_KIND = 'Scenario';
