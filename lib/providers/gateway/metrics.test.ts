import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db";
import { integrationMetrics, integrations } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createTenant } from "@/lib/testing/factories";
import { ProviderNetworkError } from "./errors";
import { recordingSleep, startFakeProvider, type FakeProviderServer } from "./fake-provider-server";
import { createProviderFetch, type ProviderFetchOptions } from "./gateway";
import type { ProviderCallMetric } from "./metrics";
import { MemoryRateLimiter } from "./rate-limiter";

let db: Database;
let server: FakeProviderServer;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startFakeProvider(() => ({ status: 200 }));
});

afterAll(async () => {
  await server.close();
});

async function createIntegration() {
  const tenant = await createTenant(db);
  const [integration] = await db
    .insert(integrations)
    .values({ tenantId: tenant.id, provider: "calcom", name: "Cal.com" })
    .returning();
  return integration!;
}

function gatewayFetch(options: Pick<ProviderFetchOptions, "tenantId" | "integrationId"> & Partial<ProviderFetchOptions>) {
  return createProviderFetch({
    providerId: "calcom",
    providerName: "Cal.com",
    rateLimit: { requests: 1000, windowMs: 1000 },
    limiter: new MemoryRateLimiter(),
    sleep: recordingSleep().sleep,
    db,
    ...options,
  });
}

const metricsOf = (integrationId: string) =>
  db.select().from(integrationMetrics).where(eq(integrationMetrics.integrationId, integrationId));

describe("gateway metrics", () => {
  it("writes one row per logical call, success false for a final 500", async () => {
    const failing = await startFakeProvider(() => ({ status: 500 }));
    const integration = await createIntegration();
    const reported: ProviderCallMetric[] = [];
    const fetch = gatewayFetch({
      tenantId: integration.tenantId,
      integrationId: integration.id,
      maxRetries: 2,
      onMetric: (metric) => reported.push(metric),
    });

    expect((await fetch("list-bookings", `${failing.url}/v2/bookings`)).status).toBe(500);
    expect((await fetch("me", `${server.url}/v2/me`)).status).toBe(200);
    await failing.close();

    expect(failing.requests).toHaveLength(3);
    const rows = await metricsOf(integration.id);
    expect(rows.map((r) => [r.action, r.success, r.records])).toEqual(
      expect.arrayContaining([
        ["list-bookings", false, null],
        ["me", true, null],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.tenantId === integration.tenantId && r.durationMs >= 0)).toBe(true);
    expect(reported.map((m) => [m.action, m.status, m.attempts])).toEqual([
      ["list-bookings", 500, 3],
      ["me", 200, 1],
    ]);
  });

  it("records a call that ended in ProviderNetworkError as a failure", async () => {
    const hanging = await startFakeProvider(() => "hang");
    const integration = await createIntegration();
    const fetch = gatewayFetch({ tenantId: integration.tenantId, integrationId: integration.id, timeoutMs: 50, maxRetries: 1 });
    await expect(fetch("me", `${hanging.url}/v2/me`)).rejects.toThrow(ProviderNetworkError);
    await hanging.close();
    expect((await metricsOf(integration.id)).map((r) => r.success)).toEqual([false]);
  });

  it("writes no row without an integration, but still reports the call", async () => {
    const tenant = await createTenant(db);
    const onMetric = vi.fn();
    const fetch = gatewayFetch({ tenantId: tenant.id, integrationId: null, onMetric });
    expect((await fetch("test-connection", `${server.url}/v2/me`)).status).toBe(200);
    const rows = await db.select().from(integrationMetrics).where(eq(integrationMetrics.tenantId, tenant.id));
    expect(rows).toEqual([]);
    expect(onMetric).toHaveBeenCalledWith(expect.objectContaining({ integrationId: null, success: true }));
  });

  it("never lets a failing metric insert break the call, even inside the caller's transaction", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const tenant = await createTenant(db);
    // No such integration: the insert violates the foreign key.
    const fetch = gatewayFetch({ tenantId: tenant.id, integrationId: crypto.randomUUID() });
    expect((await fetch("me", `${server.url}/v2/me`)).status).toBe(200);

    const inTransaction = await db.transaction(async (tx) => {
      const txFetch = gatewayFetch({ tenantId: tenant.id, integrationId: crypto.randomUUID(), db: tx });
      const status = (await txFetch("me", `${server.url}/v2/me`)).status;
      // Postgres refuses every later statement of an aborted transaction; this must still run.
      const rows = await tx.select({ id: integrations.id }).from(integrations).where(eq(integrations.tenantId, tenant.id));
      return { status, rows: rows.length };
    });

    expect(inTransaction).toEqual({ status: 200, rows: 0 });
    expect(warn.mock.calls.filter(([line]) => String(line).includes("could not record me"))).toHaveLength(2);
    warn.mockRestore();
  });
});
