import type * as React from "react"

/** Clicks on these belong to a control inside a cell, not to the row. */
const INTERACTIVE = [
  "a",
  "button",
  "input",
  "select",
  "textarea",
  "label",
  "[role='button']",
  "[role='checkbox']",
  "[role='switch']",
  "[role='combobox']",
  "[role='menuitem']",
  "[contenteditable='true']",
].join(", ")

/**
 * Props making a `<tr>` activatable by click, Enter and Space, without
 * hijacking controls in its cells, menus portalled out of them, or text
 * selection.
 */
export function rowActivationProps(activate: () => void) {
  return {
    tabIndex: 0,
    onClick: (event: React.MouseEvent<HTMLTableRowElement>) => {
      const target = event.target as Element
      if (!event.currentTarget.contains(target)) return // from a portal
      if (target.closest(INTERACTIVE)) return
      if (window.getSelection()?.toString()) return
      activate()
    },
    onKeyDown: (event: React.KeyboardEvent<HTMLTableRowElement>) => {
      if (event.target !== event.currentTarget) return
      if (event.key !== "Enter" && event.key !== " ") return
      event.preventDefault()
      activate()
    },
  }
}
