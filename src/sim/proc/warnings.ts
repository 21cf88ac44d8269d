// Warnings about what the simulator does not model, in English and Korean. Processes report the
// English text (StepOutput.warnings); `localizeWarning` turns it into the learner's language.
// (src/sim cannot import src/i18n, so the table has the same shape but lives here.)

export type WarningKey =
  | 'uninterpretedRuns' | 'uninterpretedSucceeds' | 'busyLoop' | 'substitutionHangs' | 'pipelineStageRuns'
  | 'notSimulated' | 'killNotSimulated' | 'nginxDaemon' | 'redisCli' | 'sqlNotSimulated';

export const WARNINGS: Readonly<Record<'en' | 'ko', Readonly<Record<WarningKey, string>>>> = {
  en: {
    uninterpretedRuns: 'podlab: cannot interpret "{cmd}" ({prog} is not simulated); treating it as a long-running process',
    uninterpretedSucceeds: 'podlab: cannot interpret "{cmd}" ({prog} is not simulated); assuming it succeeds',
    busyLoop: 'podlab: a shell loop in this container never sleeps; it keeps a CPU core busy (simulated as 1s per 1000 steps)',
    substitutionHangs: 'podlab: "$({cmd})" does not finish; its output so far is used',
    pipelineStageRuns: 'podlab: a pipeline stage keeps running ("{cmd}"); the rest of the pipeline is not simulated',
    notSimulated: 'podlab: "{cmd}" is not simulated',
    killNotSimulated: 'podlab: "{cmd}" is not simulated (signals between processes in a container)',
    nginxDaemon: 'podlab: nginx without "daemon off;" moves to the background, so the container\'s main process exits at once',
    redisCli: 'podlab: redis-cli "{cmd}" is not simulated; it answers OK',
    sqlNotSimulated: 'podlab: SQL is not simulated ("{cmd}")',
  },
  ko: {
    uninterpretedRuns: 'podlab: "{cmd}"은(는) 해석할 수 없습니다({prog}은(는) 시뮬레이션하지 않음). 계속 실행되는 프로세스로 다룹니다',
    uninterpretedSucceeds: 'podlab: "{cmd}"은(는) 해석할 수 없습니다({prog}은(는) 시뮬레이션하지 않음). 성공한 것으로 봅니다',
    busyLoop: 'podlab: 이 컨테이너의 셸 루프는 sleep 없이 계속 돕니다. CPU 코어 하나를 계속 씁니다(1000단계를 1초로 시뮬레이션)',
    substitutionHangs: 'podlab: "$({cmd})"이(가) 끝나지 않아 지금까지 나온 출력을 씁니다',
    pipelineStageRuns: 'podlab: 파이프라인의 한 단계("{cmd}")가 계속 실행됩니다. 나머지 파이프라인은 시뮬레이션하지 않습니다',
    notSimulated: 'podlab: "{cmd}"은(는) 시뮬레이션하지 않습니다',
    killNotSimulated: 'podlab: "{cmd}"은(는) 시뮬레이션하지 않습니다(컨테이너 안 프로세스 사이의 시그널)',
    nginxDaemon: 'podlab: "daemon off;" 없이 실행한 nginx는 백그라운드로 넘어가서 컨테이너의 메인 프로세스가 바로 끝납니다',
    redisCli: 'podlab: redis-cli "{cmd}"은(는) 시뮬레이션하지 않습니다. OK로 응답합니다',
    sqlNotSimulated: 'podlab: SQL은 시뮬레이션하지 않습니다("{cmd}")',
  },
};

const fill = (template: string, vars: Readonly<Record<string, string>>) => template.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all);

/** The English warning text a process reports. */
export function warningText(key: WarningKey, vars: Readonly<Record<string, string>> = {}): string {
  return fill(WARNINGS.en[key], vars);
}

/** A reported (English) warning in `lang`; text that matches no template is returned as it is. */
export function localizeWarning(text: string, lang: 'en' | 'ko'): string {
  if (lang === 'en') return text;
  for (const key of Object.keys(WARNINGS.en) as WarningKey[]) {
    const names: string[] = [];
    const source = WARNINGS.en[key].split(/(\{\w+\})/).map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return '([\\s\\S]*?)';
    }).join('');
    const match = new RegExp(`^${source}$`).exec(text);
    if (match) return fill(WARNINGS[lang][key], Object.fromEntries(names.map((n, i) => [n, match[i + 1]])));
  }
  return text;
}
