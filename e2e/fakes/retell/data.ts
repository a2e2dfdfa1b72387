/**
 * Seed data for the Retell fake, typed with the official SDK's own response
 * types (retell-sdk 5.66.1), so a shape drift between the fake and the SDK is
 * a compile error rather than a surprise against production.
 *
 * Times hang off a fixed anchor for reproducible tests. Call 0 is the newest
 * and still ongoing; older calls are ended, not connected, or failed.
 */
import type { AgentListResponse, AgentResponse } from "retell-sdk/resources/agent";
import type { CallResponse, PhoneCallResponse } from "retell-sdk/resources/call";
import type { PhoneNumberResponse } from "retell-sdk/resources/phone-number";
import { ALPHANUMERIC, DAY_MS, HEX, HOUR_MS, randomString, seededRandom } from "../seeded-random";

export const DEFAULT_RETELL_ANCHOR = new Date("2025-03-03T09:00:00.000Z");
export const RETELL_CALL_COUNT = 30;

export interface RetellData {
  /** Latest version of each agent; the fake keeps no version history. */
  agents: AgentResponse[];
  /** Full call objects as `GET /v2/get-call` returns them, newest first. */
  calls: CallResponse[];
  phoneNumbers: PhoneNumberResponse[];
}

const AGENT_SPECS = [
  { name: "Front desk receptionist", voice: "11labs-Adrian", language: "en-US", version: 3, published: true, ageDays: 2 },
  { name: "After-hours triage", voice: "openai-Alloy", language: "de-DE", version: 1, published: true, ageDays: 9 },
  { name: "Appointment reminders", voice: "11labs-Myra", language: "en-US", version: 2, published: false, ageDays: 5 },
] as const;

const MAIN_LINE = "+14155550101";
const REMINDER_LINE = "+14155550102";
const CUSTOMERS = ["Maria Lopez", "Tom Becker", "Aiko Tanaka", "Sam O'Neill", "Priya Nair", "Grace Kim"];

/** The summary `POST /v2/list-agents` returns for an agent. */
export function toAgentListItem(agent: AgentResponse): AgentListResponse.Item {
  return {
    agent_id: agent.agent_id,
    agent_name: agent.agent_name ?? "",
    channel: "voice",
    tags: agent.is_published ? { production: { version: agent.version } } : {},
    user_modified_timestamp: agent.last_modification_timestamp,
  };
}

function seedAgents(random: () => number, anchor: number): AgentResponse[] {
  return AGENT_SPECS.map((spec) => ({
    agent_id: randomString(random, 32, ALPHANUMERIC),
    agent_name: spec.name,
    voice_id: spec.voice,
    language: spec.language,
    version: spec.version,
    is_published: spec.published,
    last_modification_timestamp: anchor - spec.ageDays * DAY_MS,
    response_engine: { type: "retell-llm", llm_id: `llm_${randomString(random, 28, HEX)}`, version: spec.version },
    webhook_url: null,
    max_call_duration_ms: 3_600_000,
    interruption_sensitivity: 1,
  }));
}

type Outcome = Pick<PhoneCallResponse, "call_status" | "disconnection_reason">;

function outcome(i: number): Outcome {
  if (i === 0) return { call_status: "ongoing" };
  if (i % 9 === 5) return { call_status: "not_connected", disconnection_reason: "dial_no_answer" };
  if (i % 13 === 8) return { call_status: "error", disconnection_reason: "error_llm_websocket_open" };
  const reasons = ["user_hangup", "agent_hangup", "call_transfer"] as const;
  return { call_status: "ended", disconnection_reason: reasons[i % reasons.length] };
}

function seedCall(random: () => number, anchor: number, agent: AgentResponse, i: number): CallResponse {
  const call_id = `call_${randomString(random, 28, HEX)}`;
  const customer = CUSTOMERS[i % CUSTOMERS.length] ?? "Caller";
  const start = anchor - i * 5 * HOUR_MS - ((i * 7) % 60) * 60_000;
  const result = outcome(i);
  const talked = result.call_status === "ended" || result.call_status === "error";
  const duration = talked ? (45 + ((i * 53) % 420)) * 1000 : 0;
  const common = {
    call_id,
    agent_id: agent.agent_id,
    agent_name: agent.agent_name ?? undefined,
    agent_version: agent.version,
    ...result,
    start_timestamp: start,
    ...(result.call_status === "ongoing" ? {} : { end_timestamp: start + (duration || 20_000), duration_ms: duration }),
    metadata: {},
    retell_llm_dynamic_variables: { customer_name: customer },
    ...(result.call_status === "ended"
      ? {
          transcript: `Agent: Hello, this is ${agent.agent_name}. How can I help?\nUser: Hi, it's ${customer}. I'd like to book an appointment.\nAgent: Sure, I have Tuesday at 10 free.\nUser: Perfect, thanks.\n`,
          transcript_object: [
            { role: "agent" as const, content: `Hello, this is ${agent.agent_name}. How can I help?`, words: [] },
            { role: "user" as const, content: `Hi, it's ${customer}. I'd like to book an appointment.`, words: [] },
          ],
          recording_url: `https://fake-retell.invalid/recordings/${call_id}.wav`,
          public_log_url: `https://fake-retell.invalid/logs/${call_id}.txt`,
          call_analysis: {
            call_summary: `${customer} booked an appointment.`,
            user_sentiment: i % 4 === 3 ? ("Neutral" as const) : ("Positive" as const),
            call_successful: i % 7 !== 6,
            in_voicemail: false,
          },
          call_cost: {
            // Cents, like Retell; rounded so JSON shows 11.76, not 11.760000000000002.
            combined_cost: Math.round(duration * 0.012) / 100,
            product_costs: [{ product: "retell_platform", cost: Math.round(duration * 0.012) / 100 }],
            total_duration_seconds: Math.round(duration / 1000),
            total_duration_unit_price: 0.12,
          },
        }
      : {}),
  };
  if (i % 6 === 4) {
    return { ...common, call_type: "web_call", access_token: randomString(random, 40, ALPHANUMERIC) };
  }
  const outbound = i % 3 === 1;
  const customerNumber = `+1415555${String(1000 + i * 37).padStart(4, "0")}`;
  return {
    ...common,
    call_type: "phone_call",
    direction: outbound ? "outbound" : "inbound",
    from_number: outbound ? REMINDER_LINE : customerNumber,
    to_number: outbound ? customerNumber : MAIN_LINE,
  };
}

function seedPhoneNumbers(anchor: number, agents: AgentResponse[]): PhoneNumberResponse[] {
  const [front, , reminders] = agents;
  return [
    {
      phone_number: MAIN_LINE,
      phone_number_pretty: "+1 (415) 555-0101",
      phone_number_type: "retell-twilio",
      area_code: 415,
      nickname: "Main line",
      inbound_agents: front ? [{ agent_id: front.agent_id, weight: 1 }] : null,
      outbound_agents: front ? [{ agent_id: front.agent_id, weight: 1 }] : null,
      last_modification_timestamp: anchor - 20 * DAY_MS,
    },
    {
      phone_number: REMINDER_LINE,
      phone_number_pretty: "+1 (415) 555-0102",
      phone_number_type: "retell-twilio",
      area_code: 415,
      nickname: "Reminder line",
      inbound_agents: null,
      outbound_agents: reminders ? [{ agent_id: reminders.agent_id, weight: 1 }] : null,
      last_modification_timestamp: anchor - 12 * DAY_MS,
    },
  ];
}

export function seedRetellData(anchor: Date = DEFAULT_RETELL_ANCHOR): RetellData {
  const random = seededRandom(0x2e7e11);
  const at = anchor.getTime();
  const agents = seedAgents(random, at);
  const calls: CallResponse[] = [];
  for (let i = 0; i < RETELL_CALL_COUNT; i += 1) {
    calls.push(seedCall(random, at, agents[i % agents.length] as AgentResponse, i));
  }
  return { agents, calls, phoneNumbers: seedPhoneNumbers(at, agents) };
}
