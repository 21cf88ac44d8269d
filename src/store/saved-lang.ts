// Placeholder until the store lands: no saved language yet.
export function readSavedLang(_env: Readonly<Record<string, string | undefined>>): string | undefined {
  return undefined;
}
