// `podlab explain`'s pure core: read pods from kubectl output and say what is going on.
export { explainPod } from './explain.js';
export { explainInputs, type ExplainInput } from './decode.js';
export { EXPLAIN_MESSAGES, sayIn, type ExplainKey } from './messages.js';
export type { ContainerResources, ExplainLang, Finding, FindingCode, PodExplanation, Severity } from './types.js';
