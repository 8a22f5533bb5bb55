import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { can, requirePageActor } from '@/lib/server/guards';

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <AppHeader actor={actor} canImport={can(actor, 'articles:import')} canReview={can(actor, 'consensus:read')} canManageUsers={can(actor, 'users:manage')} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
