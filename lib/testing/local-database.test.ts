import { describe, expect, it } from "vitest";
import { assertLocalDatabaseUrl, createFreshDatabase } from "./local-database";

describe("the test database guard", () => {
  it("accepts only databases on this machine", async () => {
    for (const url of ["postgres://postgres@localhost/x", "postgres://postgres@127.0.0.1:5432/x", "postgres://p@[::1]:5432/x"]) {
      expect(() => assertLocalDatabaseUrl(url)).not.toThrow();
    }
    expect(() => assertLocalDatabaseUrl("postgres://admin:pw@db.example.com:5432/prod")).toThrow(/non-local database host "db.example.com"/);
    await expect(createFreshDatabase("postgres://admin@10.0.0.5:5432/prod", "hub_test")).rejects.toThrow(/non-local/);
  });
});
