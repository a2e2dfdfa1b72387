import { describe, expect, it } from "vitest";
import { z } from "zod";
import { branchSchema, deleteByIdSchema, staffSchema, updateStaffSchema } from "./schemas";

function fieldErrors(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("location input rules", () => {
  it("trims names and requires 1 to 120 characters, answering with message keys", () => {
    expect(branchSchema.parse({ name: "  Mitte  " })).toEqual({ name: "Mitte" });
    expect(fieldErrors(branchSchema, { name: "   " })).toEqual({ name: ["nameRequired"] });
    expect(fieldErrors(branchSchema, {})).toEqual({ name: ["nameRequired"] });
    expect(fieldErrors(branchSchema, { name: "x".repeat(121) })).toEqual({ name: ["nameTooLong"] });
    expect(branchSchema.safeParse({ name: "x".repeat(120) }).success).toBe(true);
  });

  it("stores a blank optional field as null, as a form sends it", () => {
    expect(branchSchema.parse({ name: "Mitte", address: "  " })).toEqual({ name: "Mitte", address: null });
    expect(staffSchema.parse({ name: "Ada", email: "", branchId: "" })).toEqual({ name: "Ada", email: null, branchId: null });
  });

  it("checks the email and the branch id's shape", () => {
    expect(staffSchema.parse({ name: "Ada", email: " ada@example.test " }).email).toBe("ada@example.test");
    expect(fieldErrors(staffSchema, { name: "Ada", email: "not-an-email" })).toEqual({ email: ["emailInvalid"] });
    expect(fieldErrors(staffSchema, { name: "Ada", branchId: "not-a-uuid" })).toEqual({ branchId: ["branchNotFound"] });
    expect(fieldErrors(updateStaffSchema, { id: "1", name: "Ada" })).toEqual({ id: ["notFound"] });
    expect(deleteByIdSchema.safeParse({ id: crypto.randomUUID() }).success).toBe(true);
  });
});
