/**
 * Small HTTP helpers every fake shares: reading a capped JSON body, writing
 * JSON replies, reading a Bearer key. `node:http` only, so the fakes start in
 * milliseconds and need nothing the app does not already have.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Larger than any request our clients send; big enough to catch a runaway body. */
export const MAX_BODY_BYTES = 1_000_000;

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadBody {
  raw: string;
  /** Parsed JSON; undefined when the body is empty. */
  json: unknown;
}

export function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        // Keep draining (and dropping) the rest so the 413 can still be written.
        reject(new BodyError(413, `request body is larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", (error) => {
      if (!failed) reject(error);
    });
    req.on("end", () => {
      if (failed) return;
      const raw = Buffer.concat(chunks).toString("utf8");
      if (raw.trim() === "") return resolve({ raw, json: undefined });
      try {
        resolve({ raw, json: JSON.parse(raw) as unknown });
      } catch {
        reject(new BodyError(400, "request body is not valid JSON"));
      }
    });
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The key from `Authorization: Bearer <key>`, or null when absent or another scheme. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ?? null;
}
