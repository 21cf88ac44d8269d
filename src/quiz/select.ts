import type { QuestionCommon, QuizQuestion, QuizType } from './types.js';

/** Syllabus ids look like `B4`; they are matched without regard to case. */
const SYLLABUS_ID = /^[a-z]\d$/iu;

/** Whether `topic` names this question: its topic (a lesson id), or its syllabus id (`b4` = `B4`). */
export function matchesTopic(question: QuestionCommon, topic: string): boolean {
  const t = topic.trim();
  return question.topic === t || (SYLLABUS_ID.test(t) && question.syllabus.toUpperCase() === t.toUpperCase());
}

/** Every value a topic filter accepts for these questions: lesson ids and syllabus ids, each sorted. */
export function topicChoices(questions: readonly QuestionCommon[]): { readonly topics: readonly string[]; readonly syllabus: readonly string[] } {
  return {
    topics: [...new Set(questions.map((q) => q.topic))].sort(),
    syllabus: [...new Set(questions.map((q) => q.syllabus))].sort(),
  };
}

/** What a session draws from. Every field left out lets everything through. */
export interface QuestionFilter {
  /** A lesson id or a syllabus id. */
  readonly topic?: string;
  readonly types?: readonly QuizType[];
  /** Only these question ids (e.g. the ones due for review). */
  readonly ids?: readonly string[];
}

/** The questions that pass the filter, in their given order. */
export function filterQuestions<Q extends QuizQuestion>(questions: readonly Q[], filter: QuestionFilter): Q[] {
  const ids = filter.ids === undefined ? undefined : new Set(filter.ids);
  return questions.filter((q) =>
    (filter.topic === undefined || matchesTopic(q, filter.topic))
    && (filter.types === undefined || filter.types.includes(q.type))
    && (ids === undefined || ids.has(q.id)));
}
