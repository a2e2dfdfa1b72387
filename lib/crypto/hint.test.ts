import { describe, expect, it } from "vitest";
import { secretHint, secretLast4 } from "./hint";

describe("secretHint", () => {
  it("shows the last four characters behind a mask", () => {
    expect(secretHint("sk_live_abcdef123456")).toBe("•••• 3456");
    expect(secretLast4("sk_live_abcdef123456")).toBe("3456");
  });

  it("gives nothing away for values shorter than 8 characters", () => {
    expect(secretHint("1234567")).toBeNull();
    expect(secretLast4("")).toBeNull();
    expect(secretHint("12345678")).toBe("•••• 5678");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(secretLast4("abcdefg😀")).toBe("efg😀");
    expect(secretHint("abcdef😀")).toBeNull();
  });
});
