import { describe, expect, it } from 'vitest';
import { UI_MESSAGES } from '../../src/ui/messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(UI_MESSAGES.en) as (keyof typeof UI_MESSAGES.en)[];

describe('UI messages', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(UI_MESSAGES.ko).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: both languages fill the same placeholders and say something', (key) => {
    expect(UI_MESSAGES.en[key].trim()).not.toBe('');
    expect(UI_MESSAGES.ko[key].trim()).not.toBe('');
    expect(placeholders(UI_MESSAGES.ko[key])).toEqual(placeholders(UI_MESSAGES.en[key]));
  });

  // Names and hints that are the same in every language (the app name, key counts).
  const SAME = new Set(['app.name', 'lessons.position', 'reader.page']);
  it.each(keys.filter((k) => !SAME.has(k)))('%s is written in Korean', (key) => {
    expect(UI_MESSAGES.ko[key]).toMatch(/[가-힣]/);
  });
});
