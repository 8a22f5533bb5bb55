'use client';
// The header's project switcher: the person's projects and "All my projects".
// The choice goes into the URL of the lists that follow it (dashboard, review
// queue, exports) and into a cookie, so it holds on the next page too; a
// `?project=` in the URL wins and is remembered in turn.
import { useTranslations } from '@/components/i18n/kept-translations';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { PROJECT_SCOPED_PATHS, projectCookieString } from '@/lib/projects/project-cookie';

type Props = { projects: { id: string; name: string }[]; remembered: string | null };

export function ProjectSwitcher({ projects, remembered }: Props) {
  const t = useTranslations('layout.projectSwitcher');
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const named = params.get('project');
  const known = (id: string | null | undefined) => (id && projects.some((project) => project.id === id) ? id : null);
  const current = known(named) ?? (named ? null : known(remembered)) ?? '';

  useEffect(() => {
    if (known(named) && named !== remembered) document.cookie = projectCookieString(named!);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the URL's project changes
  }, [named]);

  const choose = (id: string) => {
    document.cookie = projectCookieString(id);
    const scoped = (PROJECT_SCOPED_PATHS as readonly string[]).includes(pathname);
    router.push(`${scoped ? pathname : '/'}${id ? `?project=${encodeURIComponent(id)}` : ''}`);
    router.refresh();
  };

  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-stone-700">{t('label')}</span>
      <select value={current} onChange={(event) => choose(event.target.value)} className="max-w-[14rem] rounded border border-stone-400 bg-white px-2 py-1">
        <option value="">{t('all')}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>{project.name}</option>
        ))}
      </select>
    </label>
  );
}
