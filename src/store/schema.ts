import { arrayOf, bool, cardState, date, day, json, lang, num, page, recordOf, shape, str, type Check } from './validate.js';

/** The checks for one schema-version-1 file, section by section. Pure. */

const lessonProgress = shape({
  page: [page],
  pagesSeen: [arrayOf(page), 'optional'],
  done: [bool],
  updatedAt: [date],
});

const answerRecord = shape({
  at: [date],
  correct: [bool],
  answer: [json, 'optional'],
});

const storedCard = shape({
  due: [date],
  stability: [num],
  difficulty: [num],
  elapsed_days: [num],
  scheduled_days: [num],
  learning_steps: [num],
  reps: [num],
  lapses: [num],
  state: [cardState],
  last_review: [date, 'optional'],
});

const examResult = shape({
  at: [date],
  score: [num],
  total: [num],
  passed: [bool],
  examId: [str, 'optional'],
  durationSeconds: [num, 'optional'],
});

const labSave = shape({ state: [json], savedAt: [date] });

const lastVisited = shape({
  screen: [str],
  id: [str, 'optional'],
  page: [page, 'optional'],
  at: [date],
});

/** The whole file, once `migrate` has filled in missing sections. */
export const checkStoreData: Check = shape({
  settings: [shape({ lang: [lang, 'optional'] })],
  lessons: [recordOf(lessonProgress)],
  answers: [recordOf(arrayOf(answerRecord))],
  cards: [recordOf(storedCard)],
  exams: [arrayOf(examResult)],
  lab: [labSave, 'optional'],
  lastVisited: [lastVisited, 'optional'],
  activeDays: [arrayOf(day)],
});
