"use client";

import { Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Write-only: it never holds the stored value, only what the user types now, which they may reveal. */
export function SecretInput(props: {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  storedHint: string | null | undefined;
  hasStored: boolean;
  invalid: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("integrations.form");
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="flex gap-2">
      <Input
        id={props.id}
        name={props.name}
        type={revealed ? "text" : "password"}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        placeholder={props.hasStored ? (props.storedHint ? `•••• ${props.storedHint}` : "••••••••") : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
      />
      <Button type="button" variant="outline" size="icon" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
        {revealed ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
        <span className="sr-only">{revealed ? t("hide") : t("show")}</span>
      </Button>
    </div>
  );
}
