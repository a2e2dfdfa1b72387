export {
  DataTable,
  defaultDataTableLabels,
  type DataTableLabels,
  type DataTableProps,
} from "@/components/data-table/data-table"
export { DataTableColumnHeader } from "@/components/data-table/data-table-column-header"
export {
  DataTablePagination,
  defaultPaginationLabels,
  type DataTablePaginationLabels,
} from "@/components/data-table/data-table-pagination"
export { DataTableRowDetail } from "@/components/data-table/data-table-row-detail"
export {
  DataTableSelectFilter,
  type DataTableSelectFilterOption,
} from "@/components/data-table/data-table-select-filter"
export { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter"
export {
  UrlStateProvider,
  useUrlFilters,
  useUrlState,
  type SearchParamUpdates,
  type UpdateSearchParamsOptions,
  type UrlState,
} from "@/components/data-table/url-state"
export * from "@/components/data-table/search-params"
