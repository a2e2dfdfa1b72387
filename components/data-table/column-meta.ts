import type { RowData } from "@tanstack/react-table"

declare module "@tanstack/react-table" {
  // Type parameters must match TanStack's declaration for the merge to work.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Extra classes for the column's `<th>` (e.g. `"text-right"`). */
    headerClassName?: string
    /** Extra classes for the column's `<td>` cells. */
    cellClassName?: string
  }
}
