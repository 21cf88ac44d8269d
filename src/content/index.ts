/** The content loader's public API. */
export { loadContent, loadFromFiles, loadLessonFile } from './load.js';
export type { ContentStats, LoadedContent, LoadOptions, LessonFileResult } from './load.js';
export { defaultSources, findLessonFile, packSource, readRaw, shippedSource, MAX_CONTENT_BYTES } from './io.js';
export type { ContentSource, RawFile } from './io.js';
export { validateContent } from './validate.js';
export type { Checker, ValidateOptions, Validation, ValidationReport } from './validate.js';
export { ERROR_CODES, type ErrorCode } from './errors.js';
export { MODULE_LETTERS, MODULE_TITLES, SYLLABUS_IDS, SYLLABUS_TOPICS, moduleOf } from './syllabus.js';
export { parseDuration } from './duration.js';
export * from './types.js';
