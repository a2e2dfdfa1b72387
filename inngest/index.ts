import { relayOutbox } from "./functions/relay-outbox";
import { scheduleSyncs } from "./functions/schedule-syncs";
import { syncIntegration } from "./functions/sync-integration";

export const functions = [syncIntegration, scheduleSyncs, relayOutbox];
