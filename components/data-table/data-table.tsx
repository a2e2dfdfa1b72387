"use client"

import * as React from "react"
import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type OnChangeFn,
  type Row,
  type SortingState,
} from "@tanstack/react-table"

import { cn } from "@/lib/utils"
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table"
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header"
import {
  DataTablePagination,
  defaultPaginationLabels,
  type DataTablePaginationLabels,
} from "@/components/data-table/data-table-pagination"
import { DataTableRowDetail } from "@/components/data-table/data-table-row-detail"
import {
  DATA_TABLE_PARAMS,
  parseSort,
  serializeSort,
  type DataTableSort,
  type KeysetPagination,
} from "@/components/data-table/search-params"
import { rowActivationProps } from "@/components/data-table/row-activation"
import {
  UrlStateProvider,
  useUrlState,
} from "@/components/data-table/url-state"

export interface DataTableLabels extends DataTablePaginationLabels {
  noResults: string
  /** Screen-reader label of the detail sheet's close button. */
  close: string
  /** Detail sheet title when `renderDetailTitle` is not given. */
  detail: string
}

export const defaultDataTableLabels: DataTableLabels = {
  ...defaultPaginationLabels,
  noResults: "No results.",
  close: "Close",
  detail: "Details",
}

export interface DataTableProps<TData, TValue> {
  /** Only columns with `enableSorting: true` are sortable (by the server). */
  columns: ColumnDef<TData, TValue>[]
  /** The current page, as loaded by the server for the current search params. */
  data: TData[]
  pagination: KeysetPagination
  /** The order the server uses when the URL has no `sort` param. */
  defaultSort?: DataTableSort
  getRowId?: (row: TData, index: number) => string
  /** Filters etc.; rendered inside the table's URL state, above the table. */
  toolbar?: React.ReactNode
  emptyMessage?: React.ReactNode
  onRowClick?: (row: TData) => void
  /** When given, clicking a row opens a side sheet with this content. */
  renderDetail?: (row: TData) => React.ReactNode
  renderDetailTitle?: (row: TData) => React.ReactNode
  renderDetailDescription?: (row: TData) => React.ReactNode
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption?: string
  labels?: Partial<DataTableLabels>
  className?: string
}

const ROW_INTERACTIVE_CLASSES =
  "cursor-pointer outline-none focus-visible:bg-muted/50 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset"

function ariaSort<TData, TValue>(column: Column<TData, TValue>) {
  if (!column.getCanSort()) return undefined
  const sorted = column.getIsSorted()
  if (sorted === "asc") return "ascending"
  return sorted === "desc" ? "descending" : "none"
}

/**
 * The app's one table: server-side keyset pagination, sorting and filters, all
 * kept in the URL search params so links and reloads restore the view.
 */
export function DataTable<TData, TValue>(props: DataTableProps<TData, TValue>) {
  return (
    <UrlStateProvider>
      <DataTableView {...props} />
    </UrlStateProvider>
  )
}

function DataTableView<TData, TValue>({
  columns,
  data,
  pagination,
  defaultSort,
  getRowId,
  toolbar,
  emptyMessage,
  onRowClick,
  renderDetail,
  renderDetailTitle,
  renderDetailDescription,
  caption,
  labels: labelOverrides,
  className,
}: DataTableProps<TData, TValue>) {
  const labels = { ...defaultDataTableLabels, ...labelOverrides }
  const { searchParams, update, isPending } = useUrlState()
  const [detail, setDetail] = React.useState<{
    id: string
    row: TData
    open: boolean
  } | null>(null)

  const activeSort =
    parseSort(searchParams.get(DATA_TABLE_PARAMS.sort)) ?? defaultSort ?? null
  const sorting: SortingState = activeSort ? [activeSort] : []

  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = functionalUpdate(updater, sorting)[0] ?? null
    const isDefault =
      next !== null &&
      next.id === defaultSort?.id &&
      next.desc === defaultSort.desc
    update(
      { [DATA_TABLE_PARAMS.sort]: isDefault ? null : serializeSort(next) },
      { resetCursor: true, history: "replace" }
    )
  }

  // TanStack Table v8 is not React Compiler aware; opt this component out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    defaultColumn: { enableSorting: false },
    state: { sorting },
    onSortingChange,
  })

  const interactive = Boolean(onRowClick || renderDetail)

  const activate = (row: Row<TData>) => {
    onRowClick?.(row.original)
    if (renderDetail) setDetail({ id: row.id, row: row.original, open: true })
  }

  const rows = table.getRowModel().rows

  return (
    <div
      data-slot="data-table"
      className={cn("flex flex-col gap-4", className)}
    >
      {toolbar}
      <div
        aria-busy={isPending}
        data-pending={isPending}
        className="overflow-hidden rounded-md border transition-opacity data-[pending=true]:opacity-60"
      >
        <Table>
          {caption ? (
            <TableCaption className="sr-only">{caption}</TableCaption>
          ) : null}
          <TableHeader>
            {table.getHeaderGroups().map((headerGroup) => (
              <TableRow key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
                  const content = header.isPlaceholder
                    ? null
                    : flexRender(
                        header.column.columnDef.header,
                        header.getContext()
                      )
                  const sortable =
                    !header.isPlaceholder && header.column.getCanSort()
                  return (
                    <TableHead
                      key={header.id}
                      colSpan={header.colSpan}
                      aria-sort={sortable ? ariaSort(header.column) : undefined}
                      className={header.column.columnDef.meta?.headerClassName}
                    >
                      {sortable ? (
                        <DataTableColumnHeader column={header.column}>
                          {content}
                        </DataTableColumnHeader>
                      ) : (
                        content
                      )}
                    </TableHead>
                  )
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {rows.length ? (
              rows.map((row) => (
                <TableRow
                  key={row.id}
                  data-state={
                    detail?.open && detail.id === row.id ? "selected" : undefined
                  }
                  {...(interactive && rowActivationProps(() => activate(row)))}
                  className={cn(interactive && ROW_INTERACTIVE_CLASSES)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <TableCell
                      key={cell.id}
                      className={cell.column.columnDef.meta?.cellClassName}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))
            ) : (
              <TableRow>
                <TableCell
                  colSpan={table.getVisibleLeafColumns().length || 1}
                  className="h-24 text-center text-muted-foreground"
                >
                  {emptyMessage ?? labels.noResults}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination pagination={pagination} labels={labels} />
      {renderDetail && detail ? (
        <DataTableRowDetail
          open={detail.open}
          onOpenChange={(open) => setDetail({ ...detail, open })}
          title={renderDetailTitle?.(detail.row) ?? labels.detail}
          description={renderDetailDescription?.(detail.row)}
          closeLabel={labels.close}
        >
          {renderDetail(detail.row)}
        </DataTableRowDetail>
      ) : null}
    </div>
  )
}
