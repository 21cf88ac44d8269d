// Executes a parsed JSONPath template over JSON data, ported from
// k8s.io/client-go/util/jsonpath/jsonpath.go (FindResults, walk, eval*), including its
// stateful `range ... end` handling. Map iteration (wildcard, `..`) is random in Go; here
// keys go in sorted order so the same input always prints the same.
import { assertNever } from '../../../util/assert-never.js';
import { GoCompareError, GoFloat, goCompare, goV, printResult, type GoValue } from './go-values.js';
import type { JpList, JpNode } from './parse.js';

/** Execution failed; the message is the upstream error text. */
export class JsonPathExecError extends Error {}

const isMap = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);

function children(v: GoValue): GoValue[] {
  if (Array.isArray(v)) return [...v];
  if (isMap(v)) return Object.keys(v).sort().map((k) => v[k]);
  if (typeof v === 'string') return [...v].map((c) => c.codePointAt(0) ?? 0);
  return [];
}

function goTypeName(v: GoValue): string {
  if (isMap(v)) return 'map[string]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoFloat) return 'float64';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return 'interface {}';
}

class Engine {
  private stack: GoValue[][] = [];
  private cur: GoValue[] = [];
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;

  constructor(private readonly root: JpList, private readonly allowMissingKeys: boolean) {}

  findResults(data: GoValue, nodes: readonly JpNode[] = this.root.nodes): GoValue[][] {
    this.cur = [data];
    const full: GoValue[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const results = this.walk(this.cur, nodes[i]);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange -= 1;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange -= 1;
        this.inRange += 1;
        results.forEach((value, k) => {
          if (k === results.length - 1) this.inRange -= 1;
          full.push(...this.findResults(value, nodes.slice(i + 1)));
        });
        break;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: GoValue[], node: JpNode): GoValue[] {
    switch (node.type) {
      case 'list': return node.nodes.reduce((values, n) => this.walk(values, n), input);
      case 'text': return [node.text];
      case 'field': return this.evalField(input, node.name);
      case 'array': return this.evalArray(input, node);
      case 'filter': return this.evalFilter(input, node);
      case 'int': return input.map(() => node.value);
      case 'float': return input.map(() => new GoFloat(node.value));
      case 'bool': return input.map(() => node.value);
      case 'wildcard': return input.filter((v) => v !== null).flatMap(children);
      case 'recursive': return this.evalRecursive(input);
      case 'union': return node.nodes.flatMap((n) => this.walk(input, n));
      case 'identifier': return this.evalIdentifier(input, node.name);
      default: return assertNever(node);
    }
  }

  private evalIdentifier(input: GoValue[], name: string): GoValue[] {
    if (name === 'range') {
      this.stack.push(this.cur);
      this.beginRange += 1;
      return input;
    }
    if (name === 'end') {
      if (this.endRange < this.inRange) {
        this.endRange += 1;
        return [];
      }
      const top = this.stack.pop();
      if (!top) throw new JsonPathExecError('not in range, nothing to end');
      this.cur = top;
      return [];
    }
    throw new JsonPathExecError(`unrecognized identifier ${name}`);
  }

  private evalField(input: GoValue[], name: string): GoValue[] {
    if (input.length === 0) return [];
    const results: GoValue[] = [];
    for (const v of input) {
      if (isMap(v) && Object.prototype.hasOwnProperty.call(v, name) && v[name] !== undefined) results.push(v[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new JsonPathExecError(`${name} is not found`);
    return results;
  }

  private evalArray(input: GoValue[], node: Extract<JpNode, { type: 'array' }>): GoValue[] {
    const result: GoValue[] = [];
    for (const value of input) {
      if (value === null) continue;
      if (!Array.isArray(value)) throw new JsonPathExecError(`${goTypeName(value)} is not array or slice`);
      const len = value.length;
      let start = node.params[0].known ? node.params[0].value : 0;
      if (start < 0) start += len;
      let stop = node.params[1].known ? node.params[1].value : len;
      if (stop < 0) stop += len;
      if (stop !== start) {
        if (start >= len) throw new JsonPathExecError(`array index out of bounds: index ${start}, length ${len}`);
        if (stop > len) throw new JsonPathExecError(`array index out of bounds: index ${stop - 1}, length ${len}`);
      }
      // Note: Go's Slice panics on a negative start or start > stop (kubectl crashes); here
      // the bounds are clamped. A third slice value is a capacity in Go and drops nothing.
      result.push(...value.slice(Math.max(0, start), Math.max(start, stop)));
    }
    return result;
  }

  private evalRecursive(input: GoValue[]): GoValue[] {
    const result: GoValue[] = [];
    for (const value of input) {
      if (value === null) continue;
      const inner = children(value);
      if (inner.length > 0) {
        result.push(value);
        result.push(...this.evalRecursive(inner));
      }
    }
    return result;
  }

  private evalFilter(input: GoValue[], node: Extract<JpNode, { type: 'filter' }>): GoValue[] {
    const results: GoValue[] = [];
    for (const value of input) {
      if (!Array.isArray(value)) throw new JsonPathExecError(`${goV(value)} is not array or slice and cannot be filtered`);
      for (const item of value) {
        const lefts = this.safeWalk([item], node.left);
        if (node.op === 'exists') {
          if (lefts.ok && lefts.values.length > 0) results.push(item);
          continue;
        }
        if (!lefts.ok) throw lefts.error;
        if (lefts.values.length === 0) continue;
        if (lefts.values.length > 1) throw new JsonPathExecError('can only compare one element at a time');
        const rights = this.walk([item], node.right);
        if (rights.length !== 1) throw new JsonPathExecError('can only compare one element at a time');
        if (!['<', '>', '==', '!=', '<=', '>='].includes(node.op)) throw new JsonPathExecError(`unrecognized filter operator ${node.op}`);
        try {
          if (goCompare(node.op, lefts.values[0], rights[0])) results.push(item);
        } catch (e) {
          if (e instanceof GoCompareError) throw new JsonPathExecError(e.message);
          throw e;
        }
      }
    }
    return results;
  }

  private safeWalk(input: GoValue[], node: JpNode): { ok: true; values: GoValue[] } | { ok: false; error: Error } {
    try {
      return { ok: true, values: this.walk(input, node) };
    } catch (e) {
      if (e instanceof JsonPathExecError) return { ok: false, error: e };
      throw e;
    }
  }
}

/**
 * Runs a template over data and returns the printed text (kubectl's JSONPathPrinter:
 * results of one action joined by spaces, maps and slices as compact JSON).
 */
export function executeJsonPath(root: JpList, data: GoValue, allowMissingKeys = true): string {
  const results = findResults(root, data, allowMissingKeys);
  return results.map((group) => group.map(printResult).join(' ')).join('');
}

/** The raw result groups (`FindResults`): one array per action. */
export function findResults(root: JpList, data: GoValue, allowMissingKeys: boolean): GoValue[][] {
  return new Engine(root, allowMissingKeys).findResults(data);
}
