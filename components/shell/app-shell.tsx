import type { Role } from "@/db/schema";
import type { SessionUser } from "@/lib/tenancy/context";
import { MobileNav } from "./mobile-nav";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher, type WorkspaceOption } from "./workspace-switcher";

type Props = {
  user: SessionUser;
  role: Role;
  activeTenantId: string;
  workspaces: WorkspaceOption[];
  children: React.ReactNode;
};

export function AppShell({ user, activeTenantId, workspaces, children }: Props) {
  const switcher = <WorkspaceSwitcher workspaces={workspaces} activeId={activeTenantId} />;
  return (
    <div className="flex min-h-svh">
      <aside className="bg-sidebar text-sidebar-foreground hidden w-64 shrink-0 flex-col gap-4 border-r p-4 md:flex">
        {switcher}
        <SidebarNav />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center gap-2 border-b px-4">
          <MobileNav switcher={switcher} />
          <div className="flex-1" />
          <UserMenu user={user} />
        </header>
        <main id="main" className="flex-1 p-4 md:p-8">
          {children}
        </main>
      </div>
    </div>
  );
}
