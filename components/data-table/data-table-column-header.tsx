"use client"

import * as React from "react"
import type { Column } from "@tanstack/react-table"
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react"

import { cn } from "@/lib/utils"
import { Button } from "@/components/ui/button"

interface DataTableColumnHeaderProps<TData, TValue>
  extends React.ComponentProps<"div"> {
  column: Column<TData, TValue>
}

/**
 * Header content of a column. Sortable columns get a toggle button; the sort
 * state is exposed to assistive technology by `aria-sort` on the `<th>`.
 */
export function DataTableColumnHeader<TData, TValue>({
  column,
  className,
  children,
  ...props
}: DataTableColumnHeaderProps<TData, TValue>) {
  if (!column.getCanSort()) {
    return (
      <div className={cn(className)} {...props}>
        {children}
      </div>
    )
  }

  const sorted = column.getIsSorted()

  return (
    <div className={cn("flex items-center", className)} {...props}>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="-ml-3 h-8"
        onClick={column.getToggleSortingHandler()}
      >
        <span>{children}</span>
        {sorted === "desc" ? (
          <ArrowDown aria-hidden="true" />
        ) : sorted === "asc" ? (
          <ArrowUp aria-hidden="true" />
        ) : (
          <ChevronsUpDown aria-hidden="true" className="opacity-50" />
        )}
      </Button>
    </div>
  )
}
