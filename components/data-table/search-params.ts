// Shared by server pages (to build the query) and the client table (to drive the
// URL). Keep this module free of "use client" / "server-only" and of React.

/** Search-param names owned by the data table. Filters use any other names. */
export const DATA_TABLE_PARAMS = {
  cursor: "cursor",
  dir: "dir",
  pageSize: "pageSize",
  sort: "sort",
} as const

export const DEFAULT_PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 20

export type PageDirection = "next" | "prev"

/**
 * Keyset pagination state of the page the server rendered.
 * `nextCursor` is sent back as `cursor` with `dir=next` to load the page after
 * this one, `prevCursor` with `dir=prev` for the page before; `null` means there
 * is no such page (the button is disabled).
 */
export interface KeysetPagination {
  nextCursor: string | null
  prevCursor: string | null
  /** The page size the server actually used. */
  pageSize: number
  pageSizeOptions?: readonly number[]
}

export interface DataTableSort<TId extends string = string> {
  id: TId
  desc: boolean
}

/** `"createdAt.desc"` → `{ id: "createdAt", desc: true }`; `"name"` / `"name.asc"` → ascending. */
export function parseSort(value: string | null | undefined): DataTableSort | null {
  if (!value) return null
  const dot = value.lastIndexOf(".")
  const suffix = dot === -1 ? "" : value.slice(dot + 1)
  if (suffix === "asc" || suffix === "desc") {
    const id = value.slice(0, dot)
    return id ? { id, desc: suffix === "desc" } : null
  }
  return { id: value, desc: false }
}

export function serializeSort(sort: DataTableSort | null | undefined): string | null {
  return sort ? `${sort.id}.${sort.desc ? "desc" : "asc"}` : null
}

/** What a page receives as `searchParams` (awaited), or any `URLSearchParams`. */
export type SearchParamsInput =
  | URLSearchParams
  | Record<string, string | string[] | undefined>

/** First value of a search param, or `null` when it is absent or empty. */
export function readParam(params: SearchParamsInput, key: string): string | null {
  const value =
    params instanceof URLSearchParams ? params.get(key) : params[key]
  const first = Array.isArray(value) ? value[0] : value
  return first ? first : null
}

export interface DataTableQuery<TSort extends string = string> {
  cursor: string | null
  dir: PageDirection
  pageSize: number
  sort: DataTableSort<TSort>
}

export interface ParseDataTableQueryOptions<TSort extends string> {
  /** Column ids the server can sort by; anything else falls back to `defaultSort`. */
  sortable: readonly TSort[]
  defaultSort: DataTableSort<NoInfer<TSort>>
  pageSizeOptions?: readonly number[]
  defaultPageSize?: number
}

/**
 * Validated table query for a server page: unknown sort columns and page sizes
 * outside `pageSizeOptions` fall back to the defaults, so the URL cannot ask the
 * database for arbitrary orderings or page sizes.
 */
export function parseDataTableQuery<TSort extends string>(
  params: SearchParamsInput,
  options: ParseDataTableQueryOptions<TSort>
): DataTableQuery<TSort> {
  const pageSizeOptions = options.pageSizeOptions ?? DEFAULT_PAGE_SIZE_OPTIONS
  const defaultPageSize = options.defaultPageSize ?? DEFAULT_PAGE_SIZE
  const requestedSize = Number(readParam(params, DATA_TABLE_PARAMS.pageSize))
  const pageSize = pageSizeOptions.includes(requestedSize)
    ? requestedSize
    : defaultPageSize

  const requestedSort = parseSort(readParam(params, DATA_TABLE_PARAMS.sort))
  const sort =
    requestedSort &&
    (options.sortable as readonly string[]).includes(requestedSort.id)
      ? (requestedSort as DataTableSort<TSort>)
      : options.defaultSort

  const cursor = readParam(params, DATA_TABLE_PARAMS.cursor)
  const dir: PageDirection =
    cursor && readParam(params, DATA_TABLE_PARAMS.dir) === "prev"
      ? "prev"
      : "next"

  return { cursor, dir, pageSize, sort }
}
