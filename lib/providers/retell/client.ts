import "server-only";
import Retell, { APIConnectionError, APIError } from "retell-sdk";
import type { AgentListParams } from "retell-sdk/resources/agent";
import type { CallListParams } from "retell-sdk/resources/call";
import { ProviderResponseError } from "@/lib/integrations/errors";
import type { ProviderContext } from "../types";
import { retellManifest, type RetellConfig } from "./manifest";

const PROVIDER_NAME = retellManifest.name;

/** Retell's list endpoints are POSTs that only read: the gateway may send them again. */
const READ_ONLY_POST_PATHS = new Set(["/v2/list-agents", "/v3/list-calls"]);

/**
 * The gateway owns timeouts and retries (10 s per attempt, a few attempts, rate-limit waits); the
 * SDK's own timeout only backstops a call stuck beyond all of that.
 */
const SDK_BACKSTOP_TIMEOUT_MS = 10 * 60_000;

export type RetellClient = ReturnType<typeof createRetellClient>;

/** The official retell-sdk, sending every request through the gateway (`ctx.fetch`). */
export function createRetellClient(ctx: ProviderContext<Partial<RetellConfig>>) {
  const apiKey = ctx.config.apiKey?.trim();
  // Without a key the SDK would fall back to the RETELL_API_KEY environment variable: never do that.
  if (!apiKey) throw new Error(`No ${PROVIDER_NAME} API key is configured.`);

  // What ctx.fetch threw last. The SDK swaps it for a generic "Connection error." / "Request timed
  // out.", while the gateway's own error says which provider did not answer, how long we waited
  // and how often we tried.
  let transportError: unknown;

  const sdk = new Retell({
    apiKey,
    baseURL: ctx.baseUrl,
    maxRetries: 0,
    timeout: SDK_BACKSTOP_TIMEOUT_MS,
    fetch: async (input, init) => {
      if (input instanceof Request) throw new TypeError("retell-sdk passed a Request object; only URLs are supported");
      const url = new URL(input);
      try {
        return await ctx.fetch(actionFor(url.pathname), url, { ...init, retryable: READ_ONLY_POST_PATHS.has(url.pathname) || undefined });
      } catch (error) {
        transportError = error;
        throw error;
      }
    },
  });

  async function call<T>(request: (client: Retell) => Promise<T>): Promise<T> {
    transportError = undefined;
    try {
      return await request(sdk);
    } catch (error) {
      throw toProviderError(error, transportError);
    }
  }

  return {
    listAgents: (params: AgentListParams) => call((client) => client.agent.list(params)),
    listCalls: (params: CallListParams) => call((client) => client.call.list(params)),
  };
}

/** "/v2/list-agents" -> "list-agents", "/get-agent/ag_1" -> "get-agent": the operation, never an id. */
export function actionFor(pathname: string): string {
  const segments = pathname.split("/").filter((segment) => segment !== "" && !/^v\d+$/.test(segment));
  return segments[0] ?? "request";
}

/** Retell answers errors as `{error_message}`; the SDK keeps that body on `APIError.error`. */
function toProviderError(error: unknown, transportError: unknown): unknown {
  if (error instanceof APIConnectionError && transportError !== undefined) return transportError;
  if (error instanceof APIError && typeof error.status === "number") {
    return new ProviderResponseError(PROVIDER_NAME, error.status, retellErrorMessage(error.error) ?? `HTTP ${error.status}`);
  }
  return error;
}

function retellErrorMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { error_message: errorMessage, message } = body as { error_message?: unknown; message?: unknown };
  const candidate = errorMessage ?? message;
  return typeof candidate === "string" && candidate !== "" ? candidate : undefined;
}
