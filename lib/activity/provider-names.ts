import "server-only";
import { getProvider } from "@/lib/providers/registry";

/** Display names for provider ids, from their manifests; an id no provider claims shows as is. */
export function activityProviderNames(ids: Iterable<string | null | undefined>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of ids) if (id) names[id] = getProvider(id)?.manifest.name ?? id;
  return names;
}
