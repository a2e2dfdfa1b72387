import "server-only";
import { and, asc, count, eq, gt, lt, min, or } from "drizzle-orm";
import type { Executor } from "@/db";
import { jobOutbox, type OutboxJob } from "@/db/schema";
import { inngest } from "@/inngest/client";

/** Writes a job; call inside the transaction that makes the job necessary. */
export async function enqueueJob(
  db: Executor,
  job: { name: string; payload: Record<string, unknown>; tenantId?: string | null },
): Promise<OutboxJob> {
  const [row] = await db
    .insert(jobOutbox)
    .values({ name: job.name, payload: job.payload, tenantId: job.tenantId ?? null })
    .returning();
  if (!row) throw new Error("outbox insert returned nothing");
  return row;
}

type Sender = (event: { id: string; name: string; data: Record<string, unknown> }) => Promise<unknown>;

const sendToInngest: Sender = (event) => inngest.send(event);

/**
 * Hands a pending job to Inngest. The outbox id is the event id, and Inngest ignores an id it
 * has seen, so handing a job over twice (a retry after a lost answer) runs it once.
 */
export async function dispatchJob(db: Executor, job: OutboxJob, send: Sender = sendToInngest): Promise<boolean> {
  try {
    await send({ id: job.id, name: job.name, data: job.payload });
    await db.update(jobOutbox).set({ status: "sent", sentAt: new Date(), attempts: job.attempts + 1, lastError: null }).where(eq(jobOutbox.id, job.id));
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 300) : "unknown error";
    await db.update(jobOutbox).set({ attempts: job.attempts + 1, lastError: reason }).where(eq(jobOutbox.id, job.id));
    return false;
  }
}

/**
 * Hands over pending jobs (all, or one tenant's), oldest first; stops at the first failure,
 * because then Inngest is away.
 */
export async function dispatchPendingJobs(
  db: Executor,
  send: Sender = sendToInngest,
  options: { limit?: number; tenantId?: string } = {},
): Promise<{ sent: number; pending: number }> {
  const scope = options.tenantId ? and(eq(jobOutbox.status, "pending"), eq(jobOutbox.tenantId, options.tenantId)) : eq(jobOutbox.status, "pending");
  const pending = await db.select().from(jobOutbox).where(scope).orderBy(asc(jobOutbox.createdAt)).limit(options.limit ?? 100);
  let sent = 0;
  for (const job of pending) {
    if (!(await dispatchJob(db, job, send))) break;
    sent++;
  }
  return { sent, pending: pending.length - sent };
}

export type OutboxHealth = { waiting: number; oldestWaitingSince: Date | null; lastError: string | null };

/**
 * Jobs of a tenant that Inngest has not taken: those whose hand-over already failed, and those
 * waiting longer than `graceMs`. This is what the UI warns about.
 */
export async function outboxHealth(db: Executor, tenantId: string, graceMs = 30_000): Promise<OutboxHealth> {
  const cutoff = new Date(Date.now() - graceMs);
  const where = and(
    eq(jobOutbox.tenantId, tenantId),
    eq(jobOutbox.status, "pending"),
    or(gt(jobOutbox.attempts, 0), lt(jobOutbox.createdAt, cutoff)),
  );
  const [summary] = await db.select({ waiting: count(), oldest: min(jobOutbox.createdAt) }).from(jobOutbox).where(where);
  const [latest] = await db.select({ lastError: jobOutbox.lastError }).from(jobOutbox).where(where).orderBy(asc(jobOutbox.createdAt)).limit(1);
  return { waiting: summary?.waiting ?? 0, oldestWaitingSince: summary?.oldest ?? null, lastError: latest?.lastError ?? null };
}
