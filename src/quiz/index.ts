// The quiz core's public API: grading, sessions, scheduling. Pure: time, randomness and the
// judges that run the simulator all come in as arguments.
export * from './types.js';
export { seedRng, nextFloat, nextInt, shuffle, type Rng } from './rng.js';
export { tidy, unquote, normalizeText, normalizeKeyword } from './normalize.js';
export { shellWords, canonicalCommand, sameCommand } from './command-line.js';
export { columnForm, judgePrediction } from './predict.js';
export { grade, canGrade, AnswerTypeError } from './grade.js';
export { matchesTopic, topicChoices, filterQuestions, type QuestionFilter } from './select.js';
export { drawItems, type SessionItem } from './session.js';
export {
  startSession, sessionReducer, answerWith, currentItem, lastOutcome, type Outcome, type SessionAction, type SessionState,
} from './reducer.js';
export { summarizeSession, type ReviewTopic, type SessionSummary, type TopicScore } from './summary.js';
export { readAnswer, readRating, SELF_RATINGS, type InputProblem, type InputResult } from './input.js';
export { scheduler, newCard, review, fsrsRating, type Card } from './schedule.js';
export {
  dueIds, nextDue, missedIds, reviewIds, forecast, type AnswerLike, type ForecastDay, type ForecastOptions, type HasDue,
} from './due.js';
