import type { IntegrationCardData } from "@/lib/integrations/overview";
import { AutoRefresh } from "./auto-refresh";
import { IntegrationCard } from "./integration-card";

export function IntegrationGrid({ cards, canSync }: { cards: IntegrationCardData[]; canSync: boolean }) {
  const busy = cards.some((c) => c.integration?.latestRun && ["queued", "running"].includes(c.integration.latestRun.status));
  return (
    <>
      <AutoRefresh busy={busy} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((card) => (
          <IntegrationCard key={card.provider.id} data={card} canSync={canSync} />
        ))}
      </div>
    </>
  );
}
