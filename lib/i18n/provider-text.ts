/**
 * Provider texts (field titles, descriptions, count labels, setup) live in the manifest in
 * English; a catalog under `providers.<id>.…` (or `providers.common.…`) translates them. Any text
 * without a translation falls back to the manifest's.
 */
type Translator = { has(key: string): boolean; (key: string): string };

export function providerText(t: Translator, providerId: string, path: string, fallback: string): string;
export function providerText(t: Translator, providerId: string, path: string, fallback: string | undefined): string | undefined;
export function providerText(t: Translator, providerId: string, path: string, fallback: string | undefined) {
  for (const key of [`${providerId}.${path}`, `common.${path}`]) if (t.has(key)) return t(key);
  return fallback;
}
