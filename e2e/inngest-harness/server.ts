// Stands where the Inngest dev server would during end-to-end tests: the app sends its events
// here (INNGEST_DEV=<this url>), and each event runs the app's own Inngest function through
// @inngest/test against the same Postgres database the app uses. Not part of the product.
// Run with: tsx --conditions=react-server e2e/inngest-harness/server.ts <port>
import { createServer } from "node:http";
import { InngestTestEngine } from "@inngest/test";
import type { EventPayload } from "inngest";
import { functions } from "@/inngest";

type Received = EventPayload & { id?: string };
type RunRecord = { eventId: string | undefined; name: string; functionId: string; ok: boolean; error?: string; at: string };

const port = Number(process.argv[2] ?? 3104);
const runs: RunRecord[] = [];
const seenEventIds = new Set<string>();
// Like Inngest's per-integration concurrency limit of 1: one function run at a time here.
let queue = Promise.resolve();

function triggerNames(fn: (typeof functions)[number]): string[] {
  const triggers = (fn.opts as { triggers?: { event?: string }[] }).triggers ?? [];
  return triggers.flatMap((t) => (t.event ? [t.event] : []));
}

async function runFunctions(event: Received) {
  for (const fn of functions.filter((f) => triggerNames(f).includes(event.name))) {
    const engine = new InngestTestEngine({ function: fn, events: [event] });
    const { error } = await engine.execute();
    const message = error ? String((error as Error).message ?? error) : undefined;
    runs.push({ eventId: event.id, name: event.name, functionId: fn.id(), ok: !error, error: message, at: new Date().toISOString() });
    if (error) console.error(`[inngest-harness] ${fn.id()} failed: ${message}`);
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    if (req.method === "GET" && req.url === "/__harness/runs") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ runs }));
      return;
    }
    if (req.method === "POST" && req.url?.startsWith("/e/")) {
      const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Received | Received[];
      const events = Array.isArray(parsed) ? parsed : [parsed];
      const ids = events.map((e) => e.id ?? crypto.randomUUID());
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids, status: 200 }));
      for (const event of events) {
        // Inngest ignores an event id it has already seen; so do we.
        if (event.id && seenEventIds.has(event.id)) continue;
        if (event.id) seenEventIds.add(event.id);
        queue = queue.then(() => runFunctions(event)).catch((e) => console.error("[inngest-harness]", e));
      }
      return;
    }
    res.writeHead(404).end();
  });
});

server.listen(port, "127.0.0.1", () => console.log(`[inngest-harness] listening on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
