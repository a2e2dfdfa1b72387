"use client"

import * as React from "react"
import { ChevronLeft, ChevronRight } from "lucide-react"

import { cn } from "@/lib/utils"
import { Button } from "@/components/ui/button"
import { Label } from "@/components/ui/label"
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select"
import {
  DATA_TABLE_PARAMS,
  DEFAULT_PAGE_SIZE_OPTIONS,
  type KeysetPagination,
} from "@/components/data-table/search-params"
import { useUrlState } from "@/components/data-table/url-state"

export interface DataTablePaginationLabels {
  previous: string
  next: string
  rowsPerPage: string
  /** Accessible name of the pagination landmark. */
  pagination: string
}

export const defaultPaginationLabels: DataTablePaginationLabels = {
  previous: "Previous",
  next: "Next",
  rowsPerPage: "Rows per page",
  pagination: "Pagination",
}

interface DataTablePaginationProps extends React.ComponentProps<"nav"> {
  pagination: KeysetPagination
  labels?: Partial<DataTablePaginationLabels>
}

/** Keyset Previous/Next buttons and a page-size select, all driven by the URL. */
export function DataTablePagination({
  pagination,
  labels: labelOverrides,
  className,
  ...props
}: DataTablePaginationProps) {
  const labels = { ...defaultPaginationLabels, ...labelOverrides }
  const { update } = useUrlState()
  const pageSizeId = React.useId()
  const { nextCursor, prevCursor, pageSize } = pagination
  const options = [
    ...new Set([
      ...(pagination.pageSizeOptions ?? DEFAULT_PAGE_SIZE_OPTIONS),
      pageSize,
    ]),
  ].sort((a, b) => a - b)

  const goTo = (cursor: string, dir: "next" | "prev") =>
    update(
      { [DATA_TABLE_PARAMS.cursor]: cursor, [DATA_TABLE_PARAMS.dir]: dir },
      { history: "push" }
    )

  return (
    <nav
      aria-label={labels.pagination}
      data-slot="data-table-pagination"
      className={cn(
        "flex flex-wrap items-center justify-end gap-x-6 gap-y-2 px-2",
        className
      )}
      {...props}
    >
      <div className="flex items-center gap-2">
        <Label htmlFor={pageSizeId} className="font-medium">
          {labels.rowsPerPage}
        </Label>
        <Select
          value={String(pageSize)}
          onValueChange={(value) =>
            update(
              { [DATA_TABLE_PARAMS.pageSize]: value },
              { resetCursor: true, history: "replace" }
            )
          }
        >
          <SelectTrigger id={pageSizeId} size="sm" className="w-[76px]">
            <SelectValue />
          </SelectTrigger>
          <SelectContent side="top">
            {options.map((option) => (
              <SelectItem key={option} value={String(option)}>
                {option}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="flex items-center gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={prevCursor === null}
          onClick={() => prevCursor !== null && goTo(prevCursor, "prev")}
        >
          <ChevronLeft aria-hidden="true" />
          {labels.previous}
        </Button>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={nextCursor === null}
          onClick={() => nextCursor !== null && goTo(nextCursor, "next")}
        >
          {labels.next}
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    </nav>
  )
}
