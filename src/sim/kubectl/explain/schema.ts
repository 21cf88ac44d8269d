// podlab's built-in API documentation for `kubectl explain`, written compactly and turned into
// the OpenAPI v3 shapes kubectl's explain template reads (components.schemas with $ref/allOf).

/** One field: a description and its type. */
export interface FieldDoc {
  readonly d: string;
  /** A primitive type, or the short name of a schema below (`Probe`, `Container`). */
  readonly t: 'string' | 'integer' | 'boolean' | 'object' | string;
  /** An array of `t`. */
  readonly list?: boolean;
  /** A map of string to `t`. */
  readonly map?: boolean;
  readonly required?: boolean;
  readonly enum?: readonly string[];
}

/** One schema: its description and fields (none for primitive-like types such as Quantity). */
export interface TypeDoc {
  readonly d: string;
  readonly fields?: Readonly<Record<string, FieldDoc>>;
  /** For refs that print as a primitive (`Time` is a string). */
  readonly primitive?: string;
  /** Set on top-level kinds. */
  readonly gvk?: { readonly group: string; readonly version: string; readonly kind: string };
}

/** An OpenAPI v3 schema, as far as explain reads one. */
export interface OpenApiSchema {
  readonly description?: string;
  readonly type?: string;
  readonly format?: string;
  readonly $ref?: string;
  readonly allOf?: readonly OpenApiSchema[];
  readonly items?: OpenApiSchema;
  readonly additionalProperties?: OpenApiSchema;
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly required?: readonly string[];
  readonly enum?: readonly string[];
  readonly default?: unknown;
  readonly 'x-kubernetes-group-version-kind'?: readonly { readonly group: string; readonly version: string; readonly kind: string }[];
}

const PRIMITIVES = new Set(['string', 'integer', 'boolean', 'object', 'number']);
const PREFIX = '#/components/schemas/';

/** Full schema names, as the Kubernetes OpenAPI document spells them. */
export function schemaName(short: string): string {
  if (short === 'ObjectMeta' || short === 'Time') return `io.k8s.apimachinery.pkg.apis.meta.v1.${short}`;
  if (short === 'Quantity') return 'io.k8s.apimachinery.pkg.api.resource.Quantity';
  if (short === 'IntOrString') return 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
  return `io.k8s.api.core.v1.${short}`;
}

function fieldSchema(f: FieldDoc): OpenApiSchema {
  const prim = PRIMITIVES.has(f.t);
  const inner: OpenApiSchema = prim
    ? { type: f.t === 'object' ? 'object' : f.t, ...(f.t === 'string' ? { default: '' } : {}) }
    : { allOf: [{ $ref: `${PREFIX}${schemaName(f.t)}` }], default: {} };
  const enumPart = f.enum ? { enum: f.enum } : {};
  if (f.list) return { description: f.d, type: 'array', items: inner };
  if (f.map) return { description: f.d, type: 'object', additionalProperties: prim ? inner : { $ref: `${PREFIX}${schemaName(f.t)}` } };
  if (prim) return { description: f.d, type: f.t, ...enumPart };
  return { allOf: [{ $ref: `${PREFIX}${schemaName(f.t)}` }], description: f.d };
}

/** The `components.schemas` map for a set of documented types. */
export function toOpenApi(types: Readonly<Record<string, TypeDoc>>): Record<string, OpenApiSchema> {
  const out: Record<string, OpenApiSchema> = {};
  for (const [short, t] of Object.entries(types)) {
    if (t.primitive) {
      out[schemaName(short)] = { description: t.d, type: t.primitive };
      continue;
    }
    const fields = t.fields ?? {};
    const required = Object.keys(fields).filter((k) => fields[k].required);
    out[schemaName(short)] = {
      description: t.d,
      ...(t.fields ? { properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)])) } : {}),
      ...(required.length > 0 ? { required } : {}),
      type: 'object',
      ...(t.gvk ? { 'x-kubernetes-group-version-kind': [t.gvk] } : {}),
    };
  }
  return out;
}
