import { describe, expect, it } from "vitest";
import { decodeActivityCursor, encodeActivityCursor } from "./cursor";
import { actionTypeOf, hasActivityFilters, isIsoDate, parseActivityFilters } from "./filters";
import { summarizeMetadata } from "./summary";

describe("parseActivityFilters", () => {
  it("reads the filter params", () => {
    const params = new URLSearchParams("provider=calcom&type=sync.&outcome=failure&from=2025-03-01&to=2025-03-31");
    expect(parseActivityFilters(params)).toEqual({
      provider: "calcom",
      action: "sync.",
      outcome: "failure",
      from: "2025-03-01",
      to: "2025-03-31",
    });
  });

  it("drops malformed values", () => {
    expect(
      parseActivityFilters({ outcome: "maybe", from: "2025-02-30", to: "03/01/2025", provider: "x".repeat(500), type: " " }),
    ).toEqual({});
    expect(hasActivityFilters({})).toBe(false);
    expect(hasActivityFilters({ targetId: "only-set-by-the-server" })).toBe(false);
    expect(hasActivityFilters({ outcome: "info" })).toBe(true);
  });

  it("knows real days and action types", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(actionTypeOf("sync.failed")).toBe("sync");
    expect(actionTypeOf("legacy")).toBe("legacy");
  });
});

describe("activity cursor", () => {
  it("round-trips with microseconds", () => {
    const cursor = { at: "2025-03-01T10:30:00.123456Z", id: 42 };
    expect(decodeActivityCursor(encodeActivityCursor(cursor))).toEqual(cursor);
  });

  it("rejects what it did not make", () => {
    for (const value of [null, "", "!!", "bm9wZQ", encodeActivityCursor({ at: "2025-03-01T24:00:00Z", id: 1 })]) {
      expect(decodeActivityCursor(value)).toBeNull();
    }
  });
});

describe("summarizeMetadata", () => {
  it("joins lists of plain values and skips empty ones", () => {
    expect(summarizeMetadata({ settingsChanged: [], secretsChanged: ["apiKey"] })).toBe("secretsChanged: apiKey");
  });

  it("puts transitions and free text first", () => {
    expect(summarizeMetadata({ from: "active", to: "error", reason: "token expired", attempt: 3 })).toBe(
      "active → error · token expired · attempt: 3",
    );
  });

  it("keeps to three parts, skips nested values and truncates", () => {
    expect(summarizeMetadata({ a: 1, nested: { b: 2 }, c: true, d: "x", e: "y" })).toBe("a: 1 · c: true · d: x");
    expect(summarizeMetadata({ message: "m".repeat(300) })).toHaveLength(120);
    expect(summarizeMetadata({})).toBe("");
  });
});
