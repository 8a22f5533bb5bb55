import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { PROJECT_COOKIE } from '@/lib/projects/project-cookie';
import { myProjects } from '@/lib/server/projects/current-project';
import { countUnreadNotifications } from '@/lib/server/data/notifications/list-notifications';
import { authorize, can, requirePageActor } from '@/lib/server/guards';

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  // The bell's count is read on each page render; marking read refreshes the page, which reads it again.
  const [projects, cookieStore, unreadNotifications] = await Promise.all([
    myProjects(),
    cookies(),
    can(actor, 'notifications:read') ? countUnreadNotifications(authorize(actor, 'notifications:read')) : null,
  ]);
  return (
    <>
      <AppHeader
        actor={actor}
        canImport={can(actor, 'articles:import')}
        canReview={can(actor, 'consensus:read')}
        canManageUsers={can(actor, 'users:manage')}
        projects={projects.map((project) => ({ id: project.id, name: project.name }))}
        rememberedProject={cookieStore.get(PROJECT_COOKIE)?.value ?? null}
        unreadNotifications={unreadNotifications}
      />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
