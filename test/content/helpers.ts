import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, packSource, type LoadedContent, type LoadOptions } from '../../src/content/index.js';

const made: string[] = [];

/** Removes every folder makePack created; call from afterAll. */
export async function removePacks(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A fresh pack folder holding `files` (relative path → text or bytes). */
export async function makePack(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'podlab-content-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

export async function loadPack(files: Readonly<Record<string, string | Uint8Array>>, options?: LoadOptions): Promise<{ dir: string; content: LoadedContent }> {
  const dir = await makePack(files);
  return { dir, content: await loadContent([packSource(dir)], options) };
}

/**
 * A valid single-choice question file. Line numbers the tests rely on:
 * 4 id, 5 type, 8 difficulty, 10 prompt, 13-14 choices, 15 answer.
 */
export const QUESTION = `format: 1
kind: questions
questions:
  - id: q-one
    type: single
    topic: pod-basics
    syllabus: A1
    difficulty: 1
    exams: [CKA]
    prompt: {en: Which one?, ko: 어느 것일까요?}
    explanation: {en: Because., ko: 그래서입니다.}
    choices:
      - {id: a, text: {en: A, ko: 가}, why: {en: Yes., ko: 네.}}
      - {id: b, text: {en: B, ko: 나}, why: {en: No., ko: 아니요.}}
    answer: a
`;

/** A valid lesson file for `lessons/demo.yaml`: 3 id, 4 module, 6 minutes, 13 pages[0], 16 body[0], 17 checkpoint. */
export const LESSON = `format: 1
kind: lesson
id: demo
module: A
syllabus: [A1]
minutes: 5
title: {en: Demo, ko: 데모}
summary:
  en: A short lesson.
  ko: 짧은 레슨입니다.
pages:
  # the only page
  - id: intro
    title: {en: Intro, ko: 소개}
    body:
      - text: {en: Hello., ko: 안녕하세요.}
checkpoint: [q-one]
`;
