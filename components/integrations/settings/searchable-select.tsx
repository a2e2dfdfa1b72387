"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { DiscoveryOption } from "@/lib/providers/types";
import { cn } from "@/lib/utils";

/** A select whose options come from the provider, with a filter for long lists. */
export function SearchableSelect(props: {
  id: string;
  value: string;
  options: DiscoveryOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  emptyText: string;
  describedBy?: string;
}) {
  const t = useTranslations("integrations.form");
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const selected = props.options.find((o) => o.value === props.value);
  const filtered = useMemo(
    () => props.options.filter((o) => `${o.label} ${o.hint ?? ""}`.toLowerCase().includes(query.toLowerCase())),
    [props.options, query],
  );
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          id={props.id}
          type="button"
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-describedby={props.describedBy}
          disabled={props.disabled}
          className="w-full justify-between font-normal"
        >
          <span className="truncate">{selected?.label ?? (props.value || t("select"))}</span>
          <ChevronsUpDown className="opacity-50" aria-hidden />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-(--radix-popover-trigger-width) p-2" align="start">
        <Input autoFocus placeholder={t("search")} aria-label={t("search")} value={query} onChange={(e) => setQuery(e.target.value)} className="mb-2" />
        <ul role="listbox" aria-label={t("select")} className="max-h-64 overflow-y-auto">
          {filtered.length === 0 && <li className="text-muted-foreground p-2 text-sm">{props.emptyText}</li>}
          {filtered.map((o) => (
            <li key={o.value} role="option" aria-selected={o.value === props.value}>
              <button
                type="button"
                className={cn("hover:bg-accent focus-visible:bg-accent flex w-full items-center gap-2 rounded-sm px-2 py-1.5 text-left text-sm outline-none")}
                onClick={() => {
                  props.onChange(o.value);
                  setOpen(false);
                }}
              >
                <Check className={cn("size-4", o.value === props.value ? "opacity-100" : "opacity-0")} aria-hidden />
                <span className="flex-1 truncate">{o.label}</span>
                {o.hint && <span className="text-muted-foreground text-xs">{o.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
