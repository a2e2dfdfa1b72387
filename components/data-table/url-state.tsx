"use client"

import * as React from "react"
import { usePathname, useRouter, useSearchParams } from "next/navigation"

import { DATA_TABLE_PARAMS } from "@/components/data-table/search-params"

export type SearchParamUpdates = Record<string, string | null | undefined>

export interface UpdateSearchParamsOptions {
  /** Drop `cursor` and `dir` so the list starts again at its first page. */
  resetCursor?: boolean
  /** `push` adds a history entry (paging), `replace` does not (filters, sorting). */
  history?: "push" | "replace"
}

export interface UrlState {
  /** Current params, already showing updates whose navigation is still pending. */
  searchParams: URLSearchParams
  /** Sets (or, for `null` / `undefined` / `""`, deletes) params and navigates. */
  update: (updates: SearchParamUpdates, options?: UpdateSearchParamsOptions) => void
  /** True while the server renders the page for the new params. */
  isPending: boolean
}

function useUrlStateSource(): UrlState {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [isPending, startTransition] = React.useTransition()
  const [query, setOptimisticQuery] = React.useOptimistic(
    searchParams.toString()
  )

  const update = React.useCallback(
    (updates: SearchParamUpdates, options: UpdateSearchParamsOptions = {}) => {
      const next = new URLSearchParams(query)
      for (const [key, value] of Object.entries(updates)) {
        if (value == null || value === "") next.delete(key)
        else next.set(key, value)
      }
      if (options.resetCursor) {
        next.delete(DATA_TABLE_PARAMS.cursor)
        next.delete(DATA_TABLE_PARAMS.dir)
      }
      const nextQuery = next.toString()
      if (nextQuery === query) return
      const href = nextQuery ? `${pathname}?${nextQuery}` : pathname
      startTransition(() => {
        setOptimisticQuery(nextQuery)
        if (options.history === "push") router.push(href, { scroll: false })
        else router.replace(href, { scroll: false })
      })
    },
    [query, pathname, router, setOptimisticQuery]
  )

  const params = React.useMemo(() => new URLSearchParams(query), [query])
  return { searchParams: params, update, isPending }
}

const UrlStateContext = React.createContext<UrlState | null>(null)

/**
 * Shares one URL state between a `DataTable` and everything rendered inside it
 * (toolbar filters), so their updates compose and the table shows one pending state.
 */
export function UrlStateProvider({ children }: { children: React.ReactNode }) {
  const state = useUrlStateSource()
  return <UrlStateContext value={state}>{children}</UrlStateContext>
}

/** The surrounding `UrlStateProvider`'s state, or a standalone one outside it. */
export function useUrlState(): UrlState {
  const shared = React.useContext(UrlStateContext)
  const own = useUrlStateSource()
  return shared ?? own
}

/**
 * Reads and writes arbitrary filter params. Every change resets the keyset
 * cursor, because a cursor from the old result set means nothing in the new one.
 */
export function useUrlFilters() {
  const { searchParams, update, isPending } = useUrlState()

  const setFilters = React.useCallback(
    (updates: SearchParamUpdates) =>
      update(updates, { resetCursor: true, history: "replace" }),
    [update]
  )

  return {
    searchParams,
    isPending,
    getFilter: (key: string) => searchParams.get(key),
    setFilter: (key: string, value: string | null | undefined) =>
      setFilters({ [key]: value }),
    setFilters,
    clearFilters: (keys: readonly string[]) =>
      setFilters(Object.fromEntries(keys.map((key) => [key, null]))),
    hasFilters: (keys: readonly string[]) =>
      keys.some((key) => searchParams.has(key)),
  }
}
