// podlab's own wording for what the simulated API server refuses that a real one would accept.
// Kubernetes' own messages stay in English, as kubectl prints them; these are bilingual.
// (src/sim may not import src/i18n, so this table is plain data with the same shape.)

export type ApiLang = 'en' | 'ko';

type Key = 'unsupportedKind';

const TABLE: Readonly<Record<ApiLang, Readonly<Record<Key, string>>>> = {
  en: {
    unsupportedKind:
      'podlab does not simulate {kind} ({apiVersion}) yet; it simulates Pod, Node, Namespace, ConfigMap, Secret, Service (v1) and ReplicaSet, Deployment (apps/v1)',
  },
  ko: {
    unsupportedKind:
      'podlab은 아직 {kind}({apiVersion})를 시뮬레이션하지 않습니다. 지원하는 종류는 Pod, Node, Namespace, ConfigMap, Secret, Service(v1)와 ReplicaSet, Deployment(apps/v1)입니다',
  },
};

/** One message with `{name}` placeholders filled. */
export function apiMessage(lang: ApiLang, k: Key, vars: Readonly<Record<string, string>>): string {
  return TABLE[lang][k].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
