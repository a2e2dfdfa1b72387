"use client";

import { useTranslations } from "next-intl";
import type { Outcome } from "@/db/schema";
import type { ActivityRow } from "@/lib/activity/types";

// Message keys are dotted paths, so an action like `sync.failed` is `actions.sync.failed`.
const MESSAGE_PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

export type ActivityLabels = ReturnType<typeof useActivityLabels>;

/** Human labels for log values, falling back to the raw value for anything without a message. */
export function useActivityLabels(providerNames: Readonly<Record<string, string>> = {}) {
  const t = useTranslations("logs");
  const lookup = (group: string, value: string) => {
    const path = `${group}.${value}`;
    // `has` is also true for a group of messages (or `constructor`): only a string is a label.
    if (!MESSAGE_PATH.test(value) || !t.has(path) || typeof t.raw(path) !== "string") return value;
    return t(path);
  };
  return {
    action: (action: string) => lookup("actions", action),
    actionType: (type: string) => lookup("types", type),
    targetType: (targetType: string) => lookup("targetTypes", targetType),
    outcome: (outcome: Outcome) => lookup("outcomes", outcome),
    provider: (id: string) => providerNames[id] ?? id,
    actor: (actor: ActivityRow["actor"]) => (actor ? (actor.name ?? actor.email ?? actor.id) : t("actor.system")),
  };
}
