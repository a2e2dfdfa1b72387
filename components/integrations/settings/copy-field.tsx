"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function CopyField({ id, value }: { id: string; value: string }) {
  const t = useTranslations("integrations.form");
  return (
    <div className="flex gap-2">
      <Input id={id} readOnly value={value} className="font-mono text-xs" />
      <Button
        type="button"
        variant="outline"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          toast.success(t("copied"));
        }}
      >
        <Copy aria-hidden /> {t("copy")}
      </Button>
    </div>
  );
}
