import type { AgentListResponse } from "retell-sdk/resources/agent";
import type { CallListResponse } from "retell-sdk/resources/call";
import { z } from "zod";
import type { ProviderContext, SyncedRecordInput, SyncOutcome, SyncSink } from "../types";
import { createRetellClient, type RetellClient } from "./client";
import type { RetellConfig } from "./manifest";

type ListedAgent = AgentListResponse.Item;
type ListedCall = CallListResponse["items"][number];

/** Retell allows up to 1000; 100 keeps answers small (call items are large even without transcripts). */
export const RETELL_PAGE_SIZE = 100;

/** Calls still open after this long are taken as stuck, so they stop widening every later run. */
const OPEN_CALL_LOOKBACK_MS = 24 * 60 * 60_000;

/** Statuses that can still change; ended, not_connected and error calls are final. */
const OPEN_CALL_STATUSES = new Set(["registered", "ongoing"]);

const retellSyncStateShape = z.object({
  /** start_timestamp (ms) of the newest call seen so far. */
  newestCallStartMs: z.number(),
  /** start_timestamp of the oldest call that was still open at the last run: it must be fetched again. */
  oldestOpenCallStartMs: z.number().optional(),
});
type RetellSyncState = z.output<typeof retellSyncStateShape>;

export type RetellSyncOptions = { pageSize?: number; now?: () => number };

/**
 * Agents, then calls newest first. After the first run, paging stops at calls older than the
 * previous run's newest call (or its oldest still-open call, whose status we want to see settle).
 */
export async function syncRetell(
  ctx: ProviderContext<Partial<RetellConfig>>,
  sink: SyncSink,
  previousState: Record<string, unknown>,
  options: RetellSyncOptions = {},
): Promise<SyncOutcome> {
  const pageSize = options.pageSize ?? RETELL_PAGE_SIZE;
  const client = createRetellClient(ctx);
  const agents = await listAllAgents(client, pageSize);
  await sink.upsert("agents", agents.map(agentRecord));

  // A state we cannot read means a full sync, never a failed one.
  const previous = retellSyncStateShape.safeParse(previousState);
  const calls = await syncCalls(client, sink, previous.success ? previous.data : undefined, {
    pageSize,
    now: (options.now ?? Date.now)(),
  });
  return { records: { agents: agents.length, calls: calls.count }, state: calls.nextState ?? {} };
}

export async function listAllAgents(client: RetellClient, pageSize: number): Promise<ListedAgent[]> {
  const agents: ListedAgent[] = [];
  let paginationKey: string | undefined;
  do {
    const page = await client.listAgents({ limit: pageSize, pagination_key: paginationKey });
    agents.push(...page.items);
    paginationKey = page.has_more && page.items.length > 0 ? page.pagination_key : undefined;
  } while (paginationKey);
  return agents;
}

async function syncCalls(
  client: RetellClient,
  sink: SyncSink,
  previous: RetellSyncState | undefined,
  options: { pageSize: number; now: number },
) {
  const openSince = previous?.oldestOpenCallStartMs;
  const stopBeforeMs =
    previous && openSince !== undefined && openSince >= options.now - OPEN_CALL_LOOKBACK_MS
      ? Math.min(previous.newestCallStartMs, openSince)
      : previous?.newestCallStartMs;
  const seen = new Set<string>();
  let count = 0;
  let newestStartMs = previous?.newestCallStartMs;
  let oldestOpenStartMs: number | undefined;
  let paginationKey: string | undefined;

  do {
    const page = await client.listCalls({ limit: options.pageSize, pagination_key: paginationKey, sort_order: "descending" });
    // Not yet started (no start_timestamp) counts as new. Equal timestamps are fetched again: harmless.
    const recent = page.items.filter((c) => stopBeforeMs === undefined || (c.start_timestamp ?? Infinity) >= stopBeforeMs);
    const fresh = recent.filter((c) => !seen.has(c.call_id));
    for (const c of fresh) {
      seen.add(c.call_id);
      if (c.start_timestamp === undefined) continue;
      newestStartMs = Math.max(newestStartMs ?? -Infinity, c.start_timestamp);
      if (OPEN_CALL_STATUSES.has(c.call_status)) oldestOpenStartMs = Math.min(oldestOpenStartMs ?? Infinity, c.start_timestamp);
    }
    await sink.upsert("calls", fresh.map(callRecord));
    count += fresh.length;
    const reachedKnownCalls = recent.length < page.items.length;
    paginationKey = page.has_more && !reachedKnownCalls && page.items.length > 0 ? page.pagination_key : undefined;
  } while (paginationKey);

  const nextState: RetellSyncState | undefined =
    newestStartMs === undefined
      ? undefined
      : { newestCallStartMs: newestStartMs, ...(oldestOpenStartMs === undefined ? {} : { oldestOpenCallStartMs: oldestOpenStartMs }) };
  return { count, nextState };
}

function agentRecord(agent: ListedAgent): SyncedRecordInput {
  const { agent_id, agent_name, channel, user_modified_timestamp } = agent;
  return { externalId: agent_id, data: { agent_id, agent_name, channel, user_modified_timestamp } };
}

/** What a call list needs; transcripts, recordings, analysis and costs stay at Retell. */
function callRecord(call: ListedCall): SyncedRecordInput {
  const phone = call.call_type === "phone_call" ? call : undefined;
  const data = {
    call_id: call.call_id,
    agent_id: call.agent_id,
    agent_name: call.agent_name,
    agent_version: call.agent_version,
    call_type: call.call_type,
    call_status: call.call_status,
    direction: phone?.direction,
    from_number: phone?.from_number,
    to_number: phone?.to_number,
    start_timestamp: call.start_timestamp,
    end_timestamp: call.end_timestamp,
    duration_ms: call.duration_ms,
    disconnection_reason: call.disconnection_reason,
  };
  // JSON drops undefined anyway; leaving the keys out keeps tests and stored rows alike.
  return { externalId: call.call_id, data: Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) };
}
