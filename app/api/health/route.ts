import { checkHealth } from "@/lib/health/check";

export const dynamic = "force-dynamic";

/** 200 when every configured dependency answers, else 503 naming what is down. */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
