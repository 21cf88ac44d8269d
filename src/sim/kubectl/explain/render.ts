// Placeholder until the doc tree lands.
export function renderExplain(kind: string, path: readonly string[], recursive: boolean): { ok: true; text: string } | { ok: false; error: string } {
  void recursive;
  return { ok: false, error: `error: podlab has no documentation for ${[kind, ...path].join('.')}\n` };
}
