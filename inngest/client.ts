import { Inngest } from "inngest";

// The SDK reads INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY, INNGEST_DEV and INNGEST_BASE_URL itself
// (lib/env.ts validates the same variables at start).
export const inngest = new Inngest({ id: "integration-hub" });
