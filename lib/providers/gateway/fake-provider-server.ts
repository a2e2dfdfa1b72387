import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake answers to its n-th request (0-based); "hang" never answers. */
export type FakeReply = { status: number; headers?: Record<string, string>; body?: string } | "hang";

export type FakeProviderServer = {
  url: string;
  /** Method, path and arrival time of every request, in order. */
  requests: { method: string; path: string; at: number }[];
  close(): Promise<void>;
};

/** A real HTTP server on a free local port, for exercising the gateway over real sockets in tests. */
export async function startFakeProvider(reply: (index: number) => FakeReply): Promise<FakeProviderServer> {
  const requests: FakeProviderServer["requests"] = [];
  const server = createServer((req, res) => {
    const answer = reply(requests.length);
    requests.push({ method: req.method ?? "", path: req.url ?? "", at: Date.now() });
    req.resume();
    if (answer === "hang") return;
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(answer.body ?? JSON.stringify({ status: answer.status }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A local port nothing listens on: connections to it are refused. */
export async function closedPortUrl(): Promise<string> {
  const server = await startFakeProvider(() => ({ status: 200 }));
  await server.close();
  return server.url;
}

/** A sleep for createProviderFetch that records each wait instead of sleeping. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  return { waits, sleep };
}
