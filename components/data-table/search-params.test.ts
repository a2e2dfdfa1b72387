import { describe, expect, it } from "vitest"

import {
  parseDataTableQuery,
  parseSort,
  readParam,
  serializeSort,
} from "@/components/data-table/search-params"

describe("parseSort / serializeSort", () => {
  it("round-trips column and direction", () => {
    expect(parseSort("createdAt.desc")).toEqual({ id: "createdAt", desc: true })
    expect(parseSort("name.asc")).toEqual({ id: "name", desc: false })
    expect(serializeSort({ id: "createdAt", desc: true })).toBe("createdAt.desc")
    expect(serializeSort(null)).toBeNull()
  })

  it("treats a bare id as ascending and keeps dots in ids", () => {
    expect(parseSort("name")).toEqual({ id: "name", desc: false })
    expect(parseSort("user.name.desc")).toEqual({ id: "user.name", desc: true })
  })

  it("rejects empty input", () => {
    expect(parseSort(null)).toBeNull()
    expect(parseSort("")).toBeNull()
    expect(parseSort(".desc")).toBeNull()
  })
})

describe("readParam", () => {
  it("reads records and URLSearchParams alike", () => {
    expect(readParam({ a: ["x", "y"] }, "a")).toBe("x")
    expect(readParam({ a: "" }, "a")).toBeNull()
    expect(readParam(new URLSearchParams("a=z"), "a")).toBe("z")
    expect(readParam(new URLSearchParams(), "a")).toBeNull()
  })
})

describe("parseDataTableQuery", () => {
  const options = {
    sortable: ["createdAt", "name"] as const,
    defaultSort: { id: "createdAt", desc: true } as const,
  }

  it("falls back to defaults", () => {
    expect(parseDataTableQuery({}, options)).toEqual({
      cursor: null,
      dir: "next",
      pageSize: 20,
      sort: { id: "createdAt", desc: true },
    })
  })

  it("accepts valid params", () => {
    const params = new URLSearchParams(
      "cursor=abc&dir=prev&pageSize=50&sort=name.asc"
    )
    expect(parseDataTableQuery(params, options)).toEqual({
      cursor: "abc",
      dir: "prev",
      pageSize: 50,
      sort: { id: "name", desc: false },
    })
  })

  it("ignores unknown sort columns, odd page sizes and dir without cursor", () => {
    const query = parseDataTableQuery(
      { sort: "password.asc", pageSize: "100000", dir: "prev" },
      options
    )
    expect(query.sort).toEqual({ id: "createdAt", desc: true })
    expect(query.pageSize).toBe(20)
    expect(query.dir).toBe("next")
  })
})
