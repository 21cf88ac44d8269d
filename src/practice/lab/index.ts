// The lab's engine side, loaded by the Lab screen when it first opens (never at start-up: it
// brings the simulator and the kubectl layer with it).
export { advanceLab, applyLogged, labNow, labRunOf, openLab, type LabLive, type OpenLab } from './lab-live.js';
export { runLabLine, type LabEffect, type LabEnv, type LabReply, type OutLine } from './lab-line.js';
export { advanceWaiting, type LabWait } from './lab-wait.js';
export { advanceGuide, currentStep, type GuideNews } from './lab-guide.js';
export { eventLines, pollWatch, startWatch, type PodWatch } from './lab-panels.js';
export { clockLine } from './lab-clock.js';
export { completeLine, type Completion } from './complete.js';
export { readLabRun, SANDBOX, type LabRun } from './lab-run.js';
export { labText } from './messages.js';
export { formatAge } from '../clock.js';
