import { describe, expect, it } from 'vitest';
import { WARNINGS, localizeWarning, warningText } from '../../../src/sim/proc/index.js';
import { sh } from './driver.js';

describe('warnings', () => {
  it('has every warning in both languages with the same placeholders', () => {
    const holes = (t: string) => [...t.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    expect(Object.keys(WARNINGS.ko).sort()).toEqual(Object.keys(WARNINGS.en).sort());
    for (const key of Object.keys(WARNINGS.en) as (keyof typeof WARNINGS.en)[]) expect(holes(WARNINGS.ko[key])).toEqual(holes(WARNINGS.en[key]));
  });

  it('localizes what a process reported', () => {
    const d = sh('python app.py', { image: 'myapp:1.0' });
    expect(d.warnings.map((w) => localizeWarning(w, 'ko'))).toEqual(['podlab: "python app.py"은(는) 해석할 수 없습니다(python은(는) 시뮬레이션하지 않음). 계속 실행되는 프로세스로 다룹니다']);
  });

  it.each([
    ['something else', 'something else'],
    [warningText('busyLoop'), WARNINGS.ko.busyLoop],
  ])('%s → %s', (text, ko) => {
    expect(localizeWarning(text, 'ko')).toBe(ko);
  });
});
