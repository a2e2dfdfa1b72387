import Retell, {
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  UnprocessableEntityError,
} from "retell-sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RETELL_CALL_COUNT } from "./data";
import { DEFAULT_RETELL_KEYS, startRetellFake, type RetellFake } from "./server";

const KEY = DEFAULT_RETELL_KEYS[0];

let fake: RetellFake;

beforeAll(async () => {
  fake = await startRetellFake();
});
afterEach(() => fake.state.reset());
afterAll(() => fake.close());

/** The official client, pointed at the fake; no retries so failures show at once. */
function client(options: { apiKey?: string; timeout?: number } = {}) {
  return new Retell({ apiKey: KEY, baseURL: fake.url, maxRetries: 0, ...options });
}

describe("the official retell-sdk against the fake", () => {
  it("lists agents, paging with limit and pagination_key in the query", async () => {
    const all = await client().agent.list();
    expect(all.items).toHaveLength(3);
    expect(all.has_more).toBe(false);
    expect(all.items[0]).toMatchObject({ agent_name: "Front desk receptionist", channel: "voice" });

    const first = await client().agent.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.has_more).toBe(true);
    const second = await client().agent.list({ limit: 2, pagination_key: first.pagination_key });
    expect(second.items.map((agent) => agent.agent_id)).toEqual([all.items[2]?.agent_id]);
    expect(second.has_more).toBe(false);

    const logged = fake.state.requests.filter((request) => request.path === "/v2/list-agents");
    expect(logged[1]).toMatchObject({ method: "POST", query: { limit: "2" }, body: {} });
    expect(logged[1]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("retrieves an agent, and answers 422 for an unknown one", async () => {
    const [agent] = fake.state.data.agents;
    const got = await client().agent.retrieve(agent?.agent_id ?? "");
    expect(got).toMatchObject({ agent_id: agent?.agent_id, voice_id: "11labs-Adrian", version: 3 });
    await expect(client().agent.retrieve("no_such_agent")).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it("lists calls newest first and pages through all of them", async () => {
    const first = await client().call.list();
    expect(first.items).toHaveLength(RETELL_CALL_COUNT);
    const starts = first.items.map((call) => call.start_timestamp ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(first.items[0]).toMatchObject({ call_status: "ongoing" });
    expect(first.items.some((call) => "transcript" in call)).toBe(false);

    const seen: string[] = [];
    let key: string | undefined;
    do {
      const page = await client().call.list({ limit: 7, pagination_key: key, sort_order: "ascending" });
      seen.push(...page.items.map((call) => call.call_id));
      key = page.has_more ? page.pagination_key : undefined;
    } while (key);
    expect(seen).toEqual(first.items.map((call) => call.call_id).reverse());
    expect(fake.state.requests.at(-1)).toMatchObject({ method: "POST", path: "/v3/list-calls", query: {} });
  });

  it("filters calls by agent and status and reports a total", async () => {
    const agentId = fake.state.data.agents[1]?.agent_id ?? "";
    const page = await client().call.list({
      include_total: true,
      limit: 3,
      filter_criteria: {
        agent: [{ agent_id: agentId }],
        call_status: { type: "enum", op: "in", value: ["ended"] },
      },
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((call) => call.agent_id === agentId && call.call_status === "ended")).toBe(true);
    const expected = fake.state.data.calls.filter((c) => c.agent_id === agentId && c.call_status === "ended");
    expect(page.total).toBe(expected.length);
  });

  it("rejects a filter the fake cannot evaluate instead of ignoring it", async () => {
    const list = client().call.list({
      filter_criteria: { metadata: [{ type: "string", op: "eq", key: "crm_id", value: "42" }] },
    });
    await expect(list).rejects.toBeInstanceOf(BadRequestError);
  });

  it("retrieves a call with its transcript and lists phone numbers", async () => {
    const ended = fake.state.data.calls.find((call) => call.call_status === "ended");
    const call = await client().call.retrieve(ended?.call_id ?? "");
    expect(call.transcript).toContain("Agent:");
    const numbers = await client().phoneNumber.list();
    expect(numbers.items.map((number) => number.phone_number)).toEqual(["+14155550102", "+14155550101"]);
  });

  it("gets an AuthenticationError for a bad key", async () => {
    const error = await client({ apiKey: "key_wrong" }).agent.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
  });
});

describe("older endpoint and switches", () => {
  it("serves GET /list-agents as a plain array of full agents", async () => {
    const res = await fetch(`${fake.url}/list-agents`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    const agents = (await res.json()) as { agent_id: string; voice_id: string }[];
    expect(agents).toHaveLength(3);
    expect(agents.every((agent) => agent.voice_id !== "")).toBe(true);
  });

  it("fails with 500 in mode error500, then recovers", async () => {
    fake.state.setMode("error500");
    await expect(client().agent.list()).rejects.toBeInstanceOf(InternalServerError);
    fake.state.setMode("none");
    expect((await client().agent.list()).items).toHaveLength(3);
  });

  it("hangs until the client times out, then recovers", async () => {
    await fetch(`${fake.url}/__fake/mode`, { method: "POST", body: JSON.stringify({ mode: "hang" }) });
    await expect(client({ timeout: 200 }).agent.list()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    await expect.poll(() => fake.state.hungRequestCount).toBe(0);
    await fetch(`${fake.url}/__fake/mode`, { method: "POST", body: JSON.stringify({ mode: "none" }) });
    expect((await client().agent.list()).items).toHaveLength(3);
  });

  it("rate limits only when a test asks for it", async () => {
    fake.state.setRateLimit({ limit: 1 });
    await client().agent.list();
    const res = await fetch(`${fake.url}/v2/list-agents`, { method: "POST", headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).not.toBeNull();
  });
});
