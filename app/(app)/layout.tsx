import { AppShell } from "@/components/shell/app-shell";
import { requireTenantContext } from "@/lib/tenancy/context";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireTenantContext();
  return (
    <AppShell
      user={ctx.user}
      activeTenantId={ctx.tenant.id}
      role={ctx.role}
      workspaces={ctx.workspaces.map((w) => ({ id: w.tenant.id, name: w.tenant.name, role: w.role }))}
    >
      {children}
    </AppShell>
  );
}
