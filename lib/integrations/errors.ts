/** A provider answered with an error we can show the user (its own words, never our secrets). */
export class ProviderResponseError extends Error {
  constructor(
    readonly providerName: string,
    readonly status: number,
    readonly providerMessage: string,
  ) {
    super(`${providerName} answered ${status}: ${providerMessage}`);
    this.name = "ProviderResponseError";
  }
}

/** One readable sentence for the UI, the activity log and last_error. */
export function describeProviderError(providerName: string, error: unknown): string {
  if (error instanceof ProviderResponseError) return error.message;
  if (error instanceof Error && error.name === "ProviderNetworkError") return error.message;
  if (error instanceof Error && error.name === "SecretError") return `The stored credentials of ${providerName} could not be opened. Enter them again.`;
  return `${providerName} could not be reached: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}`;
}

export function isTransientProviderError(error: unknown): boolean {
  if (error instanceof ProviderResponseError) return error.status === 429 || error.status >= 500;
  return error instanceof Error && error.name === "ProviderNetworkError";
}
