import { readFile, stat } from 'node:fs/promises';
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';

/** A place in a manifest file, 1-based. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** A problem with a manifest: where, and what the user should read. */
export interface ManifestProblem extends Place {
  readonly message: string;
}

/** One YAML document of a manifest file, as plain data, able to say where any of its fields is. */
export interface ManifestDoc {
  readonly file: string;
  /** 0-based position among the file's documents. */
  readonly index: number;
  readonly value: unknown;
  /** The place of the deepest node on `path` (a field path as steps), or of the document. */
  readonly locate: (path: readonly (string | number)[]) => Place;
}

/** Files over this are refused unread: no manifest is that big, and a bomb might be. */
export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;

/** Reads `-` from standard input and every other argument as a file. */
export async function readManifestFiles(
  paths: readonly string[],
  readStdin: () => Promise<string>,
): Promise<{ docs: ManifestDoc[]; problems: ManifestProblem[] }> {
  const docs: ManifestDoc[] = [];
  const problems: ManifestProblem[] = [];
  for (const path of paths) {
    const name = path === '-' ? '<stdin>' : path;
    let text: string;
    try {
      if (path === '-') text = await readStdin();
      else {
        const info = await stat(path);
        if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (info.size > MAX_MANIFEST_BYTES) {
          problems.push({ file: name, line: 1, col: 1, message: `the file is ${info.size} bytes; manifests over ${MAX_MANIFEST_BYTES} bytes are refused` });
          continue;
        }
        text = await readFile(path, 'utf8');
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (error as Error).message;
      problems.push({ file: name, line: 1, col: 1, message: `cannot read ${name}: ${why}` });
      continue;
    }
    const parsed = parseManifestText(name, text);
    docs.push(...parsed.docs);
    problems.push(...parsed.problems);
  }
  return { docs, problems };
}

/**
 * YAML text → documents. Note: YAML 1.1 rules, as kubectl's sigs.k8s.io/yaml reads manifests
 * (so `yes` is a boolean there too, and the type errors match).
 */
export function parseManifestText(file: string, text: string): { docs: ManifestDoc[]; problems: ManifestProblem[] } {
  const lc = new LineCounter();
  const at = (offset: number): Place => ({ file, ...lc.linePos(Math.max(0, offset)) });
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(text, { lineCounter: lc, version: '1.1', uniqueKeys: true, prettyErrors: false }) as Document.Parsed[];
  } catch (error) {
    return { docs: [], problems: [{ ...at(0), message: `cannot parse YAML: ${(error as Error).message}` }] };
  }
  const docs: ManifestDoc[] = [];
  const problems: ManifestProblem[] = [];
  parsed.forEach((doc, index) => {
    const issues = [...doc.errors, ...doc.warnings];
    for (const issue of issues) problems.push({ ...at(issue.pos[0]), message: issue.message.split('\n')[0] });
    if (issues.length > 0 || doc.contents === null) return;
    const aliases = countAliases(doc);
    if (aliases > MAX_ALIAS_COUNT) {
      problems.push({ ...at(doc.range[0]), message: `too many YAML aliases (${aliases}); manifests never need more than ${MAX_ALIAS_COUNT}` });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({ ...at(doc.range[0]), message: `cannot read this YAML document: ${(error as Error).message}` });
      return;
    }
    docs.push({ file, index, value, locate: (path) => at(offsetOf(doc, path)) });
  });
  return { docs, problems };
}

function countAliases(doc: Document.Parsed): number {
  let n = 0;
  visit(doc, { Alias: () => void n++ });
  return n;
}

/** The start of the deepest node that exists along `path`: the bad value, or its nearest parent. */
function offsetOf(doc: Document.Parsed, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = doc.contents && isNode(doc.contents) ? (doc.contents.range?.[0] ?? 0) : 0;
  for (const step of path) {
    if (isAlias(node)) node = (node as { resolve: (d: Document) => Node | undefined }).resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      next = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
    } else break;
    if (!isNode(next)) break;
    if (next.range) offset = next.range[0];
    node = next;
  }
  return offset;
}
