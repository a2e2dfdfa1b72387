import type { CallResponse } from "retell-sdk/resources/call";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RETELL_ANCHOR, RETELL_CALL_COUNT } from "@/e2e/fakes/retell/data";
import { DEFAULT_RETELL_KEYS, startRetellFake, type RetellFake } from "@/e2e/fakes/retell/server";
import { memorySink, providerTestContext } from "../provider-test-context";
import { syncRetell } from "./sync";

let fake: RetellFake;
beforeAll(async () => {
  fake = await startRetellFake({ port: 0 });
});
afterEach(() => fake.state.reset());
afterAll(() => fake.close());

const ctx = () => providerTestContext({ baseUrl: fake.url, config: { apiKey: DEFAULT_RETELL_KEYS[0] } }).ctx;
// The seed is laid out around its anchor: run "then", so the ongoing call is minutes old, not months.
const atAnchor = { now: () => DEFAULT_RETELL_ANCHOR.getTime() };

describe("Retell sync", () => {
  it("the first run stores every agent and call, counted per kind", async () => {
    const { sink, recordsOf } = memorySink();
    const outcome = await syncRetell(ctx(), sink, {}, { pageSize: 10, ...atAnchor });
    expect(outcome.records).toEqual({ agents: fake.state.data.agents.length, calls: RETELL_CALL_COUNT });
    expect(recordsOf("calls").map((r) => r.externalId).sort()).toEqual(fake.state.data.calls.map((c) => c.call_id).sort());
    expect(recordsOf("agents").map((r) => r.data.agent_name)).toContain("Front desk receptionist");

    const newest = Math.max(...fake.state.data.calls.map((c) => c.start_timestamp ?? 0));
    // Call 0 is the newest and still ongoing.
    expect(outcome.state).toEqual({ newestCallStartMs: newest, oldestOpenCallStartMs: newest });
  });

  it("stores a trimmed call: who, when, how long and why it ended; no transcript or recording", async () => {
    const { sink, recordsOf } = memorySink();
    await syncRetell(ctx(), sink, {}, atAnchor);
    const ended = recordsOf("calls").find((r) => r.data.call_status === "ended" && r.data.call_type === "phone_call");
    expect(Object.keys(ended?.data ?? {}).sort()).toEqual(
      [
        "agent_id", "agent_name", "agent_version", "call_id", "call_status", "call_type", "direction",
        "disconnection_reason", "duration_ms", "end_timestamp", "from_number", "start_timestamp", "to_number",
      ].sort(),
    );
  });

  it("a second run stops paging at known calls, fetching new calls and the ones still open", async () => {
    const first = await syncRetell(ctx(), memorySink().sink, {}, atAnchor);
    const calls = fake.state.data.calls;
    const ongoing = calls[0]!;
    Object.assign(ongoing, { call_status: "ended", end_timestamp: (ongoing.start_timestamp ?? 0) + 90_000, duration_ms: 90_000 });
    const incoming: CallResponse = { ...calls[1]!, call_id: "call_new_after_first_run", start_timestamp: (ongoing.start_timestamp ?? 0) + 60_000 };
    calls.unshift(incoming);
    fake.state.requests.length = 0;

    const { sink, recordsOf } = memorySink();
    const second = await syncRetell(ctx(), sink, first.state, { pageSize: 10, ...atAnchor });

    expect(recordsOf("calls").map((r) => r.externalId)).toEqual([incoming.call_id, ongoing.call_id]);
    expect(recordsOf("calls")[1]?.data).toMatchObject({ call_status: "ended", duration_ms: 90_000 });
    expect(fake.state.requests.filter((r) => r.path === "/v3/list-calls")).toHaveLength(1);
    expect(second.records.calls).toBe(2);
    expect(second.state).toEqual({ newestCallStartMs: incoming.start_timestamp });
  });

  it("an unreadable state means a full sync", async () => {
    const outcome = await syncRetell(ctx(), memorySink().sink, { newestCallStartMs: "yesterday" }, atAnchor);
    expect(outcome.records.calls).toBe(RETELL_CALL_COUNT);
  });
});
