// `kubectl ... -o yaml`: sigs.k8s.io/yaml marshals through JSON and go-yaml v2, so keys are
// sorted (yaml.v2's natural order), strings are quoted only when a plain scalar would read
// back as another type, and long lines fold at column 80 (go-yaml v2's best_width).
// This is a direct port of the emitter paths JSON-shaped data can reach (emitterc.go).
import { assertNever } from '../../../util/assert-never.js';
import { Emitter, writeDouble, writeLiteral, writePlain, writeSingle } from './yaml-emitter.js';
import { requestedStyle, selectStyle, type ScalarStyle } from './yaml-scalar.js';
import { yamlKeyLess } from './yaml-keys.js';

/** JSON-shaped data. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [k: string]: JsonValue | undefined };

interface NodeContext {
  readonly mapping: boolean;
  readonly simpleKey: boolean;
}

function isMap(v: JsonValue): v is { readonly [k: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Go's `strconv.FormatFloat(f, 'g', -1, 64)` with yaml's names for the specials: the shortest
 * digits, in exponent form when the exponent is below -4 or at least 6.
 */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  const [mantissa, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return f.toFixed(Math.max(0, mantissa.replace(/^-?\d\.?/, '').length - exp));
}

function scalarText(v: string | number | boolean | null): [string, ScalarStyle] {
  if (v === null) return ['null', 'plain'];
  if (typeof v === 'boolean') return [String(v), 'plain'];
  if (typeof v === 'number') return [Number.isInteger(v) ? String(v) : goFloat(v), 'plain'];
  return [v, requestedStyle(v)];
}

function emitScalar(e: Emitter, v: string | number | boolean | null, ctx: NodeContext): void {
  const [text, requested] = scalarText(v);
  const style = typeof v === 'string' ? selectStyle(text, requested, ctx.simpleKey) : 'plain';
  e.increaseIndent(true, false);
  const allowBreaks = !ctx.simpleKey;
  switch (style) {
    case 'plain': writePlain(e, text, allowBreaks); break;
    case 'single': writeSingle(e, text, allowBreaks); break;
    case 'double': writeDouble(e, text, allowBreaks); break;
    case 'literal': writeLiteral(e, text); break;
    default: assertNever(style);
  }
  e.popIndent();
}

function emitNode(e: Emitter, v: JsonValue, ctx: NodeContext): void {
  if (Array.isArray(v)) emitSequence(e, v as readonly JsonValue[], ctx);
  else if (isMap(v)) emitMapping(e, v);
  else emitScalar(e, v as string | number | boolean | null, ctx);
}

function emitFlowEmpty(e: Emitter, open: string, close: string): void {
  e.writeIndicator(open, true, true, false);
  e.writeIndicator(close, false, false, false);
}

function emitSequence(e: Emitter, items: readonly JsonValue[], ctx: NodeContext): void {
  if (items.length === 0) return emitFlowEmpty(e, '[', ']');
  e.increaseIndent(false, ctx.mapping && !e.indention);
  for (const item of items) {
    e.writeIndent();
    e.writeIndicator('-', true, false, true);
    emitNode(e, item, { mapping: false, simpleKey: false });
  }
  e.popIndent();
}

function emitMapping(e: Emitter, map: { readonly [k: string]: JsonValue | undefined }): void {
  const keys = Object.keys(map).filter((k) => map[k] !== undefined).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
  if (keys.length === 0) return emitFlowEmpty(e, '{', '}');
  e.increaseIndent(false, false);
  for (const key of keys) {
    e.writeIndent();
    // Note: keys over 128 characters would need the `? ` complex-key form; API keys never are.
    emitScalar(e, key, { mapping: true, simpleKey: true });
    e.writeIndicator(':', false, false, false);
    emitNode(e, map[key] as JsonValue, { mapping: true, simpleKey: false });
  }
  e.popIndent();
}

/** One YAML document for a JSON-shaped value, exactly as `sigs.k8s.io/yaml.Marshal` writes it. */
export function toYaml(value: JsonValue): string {
  const e = new Emitter();
  emitNode(e, value, { mapping: false, simpleKey: false });
  e.writeIndent();
  if (e.openEnded) {
    e.writeIndicator('...', true, false, false);
    e.writeIndent();
  }
  return e.out;
}
