// Kubernetes `resource.Quantity` (cpu: 500m, memory: 1Gi), exact, in the API server's words.
// The one import for the rest of the simulator; the pieces live in quantity-*.ts.

export type { Quantity, QuantityFormat } from './quantity-model.js';
export {
  QUANTITY_FORMAT_ERROR, QUANTITY_NUMERIC_ERROR, QUANTITY_SUFFIX_ERROR,
  decodeQuantity, parseQuantity, type ParseQuantityResult,
} from './quantity-parse.js';
export { canonical, canonicalize } from './quantity-format.js';
export {
  add, compare, equal, fromInt, fromMilli, fromScaled, isZero, mul, neg, roundUp, sign, sub,
} from './quantity-math.js';
export {
  milliValue, milliValueAsNumber, scaledValue, toNumber, value, valueAsNumber,
} from './quantity-value.js';
export { fieldInvalid, goQuote, quantityFieldError } from './quantity-errors.js';
