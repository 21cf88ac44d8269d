import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent, shippedSource, validateContent, type Block, type LoadedContent } from '../../src/content/index.js';

const content: LoadedContent = await loadContent([shippedSource()]);

/** Every manifest embedded in shipped content, with where it is. */
function manifests(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const fromBlock = (block: Block, where: string) => {
    if (block.kind === 'code' && block.lang === 'yaml' && !block.fragment) out.push({ where, text: block.source });
    if (block.kind === 'step') out.push({ where, text: block.manifest });
  };
  for (const lesson of content.lessons) {
    for (const page of lesson.pages) page.body.forEach((b, i) => fromBlock(b, `${lesson.id}#${page.id} block ${i}`));
  }
  for (const q of content.questions) {
    if (q.type === 'predict') out.push({ where: q.id, text: q.manifest });
    if (q.type === 'yaml') out.push({ where: q.id, text: q.starter });
    if (q.type === 'command' && q.setup) out.push({ where: q.id, text: q.setup });
  }
  return out;
}

describe('shipped content', () => {
  it('validates with zero errors and no missing translations', () => {
    const { report } = validateContent(content);
    expect(report.errors).toEqual([]);
    expect(report.missingTranslations).toBe(0);
    expect(report.lessons).toBeGreaterThan(0);
    expect(report.questions).toBeGreaterThan(0);
  });

  it('gives pod-basics 4 to 5 pages and a checkpoint of 3 questions of its own topic', () => {
    const lesson = content.lessons.find((l) => l.id === 'pod-basics')!;
    expect(lesson.pages.length).toBeGreaterThanOrEqual(4);
    expect(lesson.pages.length).toBeLessThanOrEqual(5);
    expect(lesson.checkpoint).toHaveLength(3);
    const topics = lesson.checkpoint.map((id) => content.questions.find((q) => q.id === id)?.topic);
    expect(topics).toEqual(['pod-basics', 'pod-basics', 'pod-basics']);
  });

  it.each(manifests())('embeds well-formed Kubernetes YAML ($where)', ({ text }) => {
    const docs = parseAllDocuments(text);
    for (const doc of Array.isArray(docs) ? docs : []) {
      expect(doc.errors).toEqual([]);
      const value = doc.toJS() as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
      expect(value).toMatchObject({ apiVersion: expect.any(String), kind: expect.any(String), metadata: { name: expect.any(String) } });
    }
  });
});
