"use client"

import * as React from "react"

import { cn } from "@/lib/utils"
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select"
import { useUrlFilters } from "@/components/data-table/url-state"

/** Radix Select items cannot have an empty value; this one stands for "no filter". */
const ALL = "__all__"

export interface DataTableSelectFilterOption {
  value: string
  label: React.ReactNode
}

interface DataTableSelectFilterProps {
  /** The search param this filter writes, e.g. `"status"`. */
  param: string
  options: readonly DataTableSelectFilterOption[]
  /** Accessible name of the select, e.g. "Status". */
  label: string
  /** Text of the option that removes the filter. */
  allLabel?: string
  className?: string
}

/** A select writing one search param (or removing it for "All"). */
export function DataTableSelectFilter({
  param,
  options,
  label,
  allLabel = "All",
  className,
}: DataTableSelectFilterProps) {
  const { getFilter, setFilter } = useUrlFilters()

  return (
    <Select
      value={getFilter(param) ?? ALL}
      onValueChange={(value) => setFilter(param, value === ALL ? null : value)}
    >
      <SelectTrigger
        size="sm"
        aria-label={label}
        className={cn("w-[180px]", className)}
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={ALL}>{allLabel}</SelectItem>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  )
}
