// What a Scenario asks for that the simulator will not do, in English and Korean. (src/sim
// cannot import src/i18n, so the table has the same shape but lives here.)

export type NoteKey = 'readOnly' | 'dryRun' | 'notInScenario';

export const NOTES: Readonly<Record<'en' | 'ko', Readonly<Record<NoteKey, string>>>> = {
  en: {
    readOnly: '"{command}" only reads the cluster, so it changes nothing in a Scenario; podlab sim already prints the pods and their events',
    dryRun: '"{command}" is a dry run, so it changes nothing',
    notInScenario: '"{command}" is not supported in a Scenario yet; name the objects one by one (no -l or --all), or use kubectl apply -f - with stdin:',
  },
  ko: {
    readOnly: '"{command}"은(는) 클러스터를 읽기만 하므로 Scenario에서는 아무것도 바꾸지 않습니다. podlab sim이 Pod와 이벤트를 이미 보여 줍니다',
    dryRun: '"{command}"은(는) dry run이라 아무것도 바꾸지 않습니다',
    notInScenario: '"{command}"은(는) 아직 Scenario에서 지원하지 않습니다. 오브젝트 이름을 하나씩 쓰거나(-l, --all 없이) stdin:과 함께 kubectl apply -f -를 쓰세요',
  },
};

/** A note in `lang`, with its `{command}` filled in. */
export function noteText(key: NoteKey, vars: Readonly<Record<string, string>>, lang: 'en' | 'ko'): string {
  return NOTES[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all);
}
