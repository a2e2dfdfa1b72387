import { calcomProvider } from "./calcom";
import { retellProvider } from "./retell";
import type { ProviderDefinition } from "./types";

// One line per provider. Adding a provider touches its folder and this list, nothing else.
const PROVIDERS: ProviderDefinition<never>[] = [calcomProvider, retellProvider];

export function listProviders(): ProviderDefinition[] {
  return PROVIDERS as unknown as ProviderDefinition[];
}

export function getProvider(id: string): ProviderDefinition | undefined {
  return listProviders().find((p) => p.manifest.id === id);
}
