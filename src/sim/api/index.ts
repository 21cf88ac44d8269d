// The simulated API server's front door: decoding, defaulting, admission, validation, and the
// text kubectl prints when an object is refused.
export * from './types.js';
export { decode, expandList, type DecodeResult, type ForeignDocument } from './decode.js';
export { validate } from './validate.js';
export { applyDefaults, defaultObject, type DefaultsContext } from './defaults.js';
export { createObject, admitObject, type CreateResult } from './create.js';
export {
  checkNamespace, resolvePriority, generateName, SERVICE_ACCOUNT_MOUNT_PATH, type AdmissionContext,
} from './admission.js';
export { formatApiError, formatInvalid, type ApiError, type ErrorSource } from './api-error.js';
export { parseFieldPath, type PathStep } from './field-path.js';
export { causeLine } from './field-errors.js';
export { defaultPullPolicy, imageTag } from './image-ref.js';
export { SERVED_KINDS, kindInfoOf, servedKind, type KindInfo } from './kinds.js';
export type { ApiLang } from './messages.js';
