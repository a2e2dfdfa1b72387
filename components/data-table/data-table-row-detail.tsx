"use client"

import * as React from "react"

import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
} from "@/components/ui/sheet"

interface DataTableRowDetailProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: React.ReactNode
  description?: React.ReactNode
  closeLabel?: string
  children: React.ReactNode
}

/** Side sheet showing the detail of one row. */
export function DataTableRowDetail({
  open,
  onOpenChange,
  title,
  description,
  closeLabel,
  children,
}: DataTableRowDetailProps) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        closeLabel={closeLabel}
        className="w-full overflow-y-auto sm:max-w-lg"
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <SheetHeader className="pr-12">
          <SheetTitle>{title}</SheetTitle>
          {description ? (
            <SheetDescription>{description}</SheetDescription>
          ) : null}
        </SheetHeader>
        <div className="px-4 pb-4">{children}</div>
      </SheetContent>
    </Sheet>
  )
}
