// The mock exam's pure core: drawing tasks by the curriculum's domain weights with a seed, and
// scoring tasks and domains against the pass line.
export {
  allotTasks, drawExam, examSize, CKA_DOMAIN_WEIGHTS, FULL_EXAM_MINUTES, FULL_EXAM_TASKS, MAX_EXAM_TASKS,
  type DomainWeights, type DrawOptions, type ExamCandidate,
} from './exam-draw.js';
export { percentOf, scoreExam, scoreTask, PASS_LINE, type DomainScore, type ExamScore, type TaskOutcome, type TaskScore } from './exam-score.js';
