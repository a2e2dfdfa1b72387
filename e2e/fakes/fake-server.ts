/**
 * The request pipeline shared by every fake: control API -> request log ->
 * added latency -> failure mode -> the provider's own handler.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTROL_PREFIX, handleControl } from "./control";
import { BodyError, readBody } from "./http";
import type { FakeState, LoggedRequest } from "./state";

export interface FakeRequest<TData> {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
  state: FakeState<TData>;
}

export interface FakeProvider<TData> {
  handle(request: FakeRequest<TData>): void | Promise<void>;
  /** Writes an error in this provider's own envelope (used for 413, bad JSON, mode error500). */
  sendError(res: ServerResponse, status: number, message: string, path: string): void;
}

export interface RunningFake<TData> {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4010 */
  url: string;
  port: number;
  state: FakeState<TData>;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

function queryRecord(query: URLSearchParams): LoggedRequest["query"] {
  const out: LoggedRequest["query"] = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return out;
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function serve<TData>(
  provider: FakeProvider<TData>,
  state: FakeState<TData>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://fake.invalid");
  const path = url.pathname;
  if (path.startsWith(CONTROL_PREFIX)) return handleControl(state as FakeState<unknown>, req, res, path);

  let clientGone = false;
  res.once("close", () => (clientGone = true));

  let body: unknown;
  let bodyError: BodyError | null = null;
  let logged: unknown = null;
  try {
    const read = await readBody(req);
    body = read.json;
    logged = read.json ?? null;
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    bodyError = error;
  }
  const method = req.method ?? "GET";
  state.logRequest({
    at: new Date().toISOString(),
    method,
    path,
    query: queryRecord(url.searchParams),
    headers: headerRecord(req),
    body: bodyError ? `<${bodyError.message}>` : logged,
  });

  if (state.latencyMs > 0) await sleep(state.latencyMs);
  const stillThere = await state.waitWhileHanging(
    () => clientGone,
    (onGone) => res.once("close", onGone),
  );
  if (!stillThere || clientGone) return;
  if (state.mode === "error500") {
    return provider.sendError(res, 500, "fake provider failure (mode error500)", path);
  }
  if (bodyError) return provider.sendError(res, bodyError.status, bodyError.message, path);

  await provider.handle({ req, res, method, path, query: url.searchParams, body, state });
}

export async function startFake<TData>(
  provider: FakeProvider<TData>,
  state: FakeState<TData>,
  { port = 0, host = "127.0.0.1" }: ListenOptions = {},
): Promise<RunningFake<TData>> {
  const server = createServer((req, res) => {
    serve(provider, state, req, res).catch((error: unknown) => {
      // A bug in a fake should show up as a loud 500, never as a hang.
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) provider.sendError(res, 500, `fake crashed: ${message}`, req.url ?? "/");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hung requests and keep-alive sockets would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
  };
}
