"use client";

import { useEffect, useRef, useState } from "react";

/**
 * One row's inline edit. When editing ends (saved or cancelled), focus returns to the row's Edit
 * button, so keyboard users keep their place in the list.
 */
export function useInlineEdit() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  return {
    editing,
    editButton,
    start: () => setEditing(true),
    stop: () => {
      returnFocus.current = true;
      setEditing(false);
    },
  };
}
