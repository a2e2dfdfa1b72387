"use client"

import * as React from "react"

import { cn } from "@/lib/utils"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { useUrlFilters } from "@/components/data-table/url-state"

/** A complete `yyyy-mm-dd` with a four-digit year (not `0002-…` while typing). */
function isCompleteDate(value: string) {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)
}

interface DateParamInputProps {
  param: string
  label: string
  min?: string
  max?: string
}

function DateParamInput({ param, label, min, max }: DateParamInputProps) {
  const id = React.useId()
  const { getFilter, setFilter } = useUrlFilters()
  const urlValue = getFilter(param) ?? ""
  // Local draft so partly typed dates are not written to (or reset from) the URL.
  const [draft, setDraft] = React.useState(urlValue)
  const [syncedValue, setSyncedValue] = React.useState(urlValue)
  if (syncedValue !== urlValue) {
    setSyncedValue(urlValue)
    setDraft(urlValue)
  }

  return (
    <div className="flex items-center gap-2">
      <Label htmlFor={id} className="text-muted-foreground">
        {label}
      </Label>
      <Input
        id={id}
        type="date"
        value={draft}
        min={min || undefined}
        max={max || undefined}
        className="h-8 w-[150px]"
        onChange={(event) => {
          const value = event.target.value
          setDraft(value)
          if (value === "" || isCompleteDate(value)) setFilter(param, value)
        }}
      />
    </div>
  )
}

interface DataTableDateRangeFilterProps {
  fromParam?: string
  toParam?: string
  fromLabel?: string
  toLabel?: string
  className?: string
}

/** Two date inputs writing `from` and `to` (as `yyyy-mm-dd`) to the URL. */
export function DataTableDateRangeFilter({
  fromParam = "from",
  toParam = "to",
  fromLabel = "From",
  toLabel = "To",
  className,
}: DataTableDateRangeFilterProps) {
  const { getFilter } = useUrlFilters()
  const from = getFilter(fromParam) ?? undefined
  const to = getFilter(toParam) ?? undefined

  return (
    <div
      data-slot="data-table-date-range-filter"
      className={cn("flex flex-wrap items-center gap-2", className)}
    >
      <DateParamInput param={fromParam} label={fromLabel} max={to} />
      <DateParamInput param={toParam} label={toLabel} min={from} />
    </div>
  )
}
