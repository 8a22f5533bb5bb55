import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { cache } from 'react';
import { RatingScaleEditor } from '@/components/admin/rating-scale-editor';
import { GuidelinesView } from '@/components/projects/guidelines-view';
import { ProjectAgreementSection } from '@/components/projects/project-agreement-section';
import { ProjectMembers } from '@/components/projects/project-members';
import { ProjectSettingsForm } from '@/components/projects/project-settings-form';
import { RelativeTime } from '@/components/ui/relative-time';
import { getProject } from '@/lib/server/data/projects/get-project';
import { listGuidelines } from '@/lib/server/data/projects/list-guidelines';
import { listUsers } from '@/lib/server/data/users/list-users';
import { authorize, can, requirePageProjectActor } from '@/lib/server/guards';
import { projectAgreement } from '@/lib/server/projects/project-agreement';
import type { GuidelinesVersion } from '@/lib/views/project-views';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadProject = cache(async (id: string) => {
  const actor = await requirePageProjectActor('articles:read', id, `/projects/${id}`);
  return { actor, project: await getProject(actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await loadProject((await params).id);
  return { title: project.name };
}

function GuidelinesMeta({ guidelines }: { guidelines: GuidelinesVersion }) {
  const t = useTranslations('projects.guidelines');
  const time = () => <RelativeTime iso={guidelines.createdAt} />;
  return (
    <p className="text-sm text-stone-700">
      {guidelines.author ? t.rich('metaBy', { version: guidelines.version, author: guidelines.author, time }) : t.rich('meta', { version: guidelines.version, time })}
    </p>
  );
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const { actor, project } = await loadProject((await params).id);
  const requested = Number((await searchParams).version);
  const manages = can(actor, 'projects:manage');
  const [t, history, agreement, users] = await Promise.all([
    getTranslations('projects'),
    listGuidelines(actor, project.id),
    can(actor, 'consensus:read') ? projectAgreement(authorize(actor, 'consensus:read'), project.id) : null,
    manages && can(actor, 'users:manage') ? listUsers(authorize(actor, 'users:manage')) : null,
  ]);
  const current = project.guidelines;
  const older = Number.isInteger(requested) && requested !== current?.version ? (history.find((entry) => entry.version === requested) ?? null) : null;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm"><Link href="/projects" className="text-blue-900 underline">{t('page.back')}</Link></p>
        <h1 className="text-2xl font-bold">{project.name}</h1>
        {project.description && <p className="mt-2 max-w-3xl text-stone-800">{project.description}</p>}
        <p className="mt-2 text-sm text-stone-700">
          {t.rich('page.summary', {
            articles: project.articleCount,
            members: project.memberCount,
            role: project.role,
            link: (chunks) => <Link href={`/?project=${project.id}`} className="text-blue-900 underline">{chunks}</Link>,
          })}
        </p>
      </div>

      <section aria-labelledby="guidelines-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <h2 id="guidelines-heading" className="text-lg font-semibold">{t('page.guidelinesHeading')}</h2>
        {older ? (
          <>
            <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
              {t.rich('page.olderVersion', { link: (chunks) => <Link href={`/projects/${project.id}`} className="text-blue-900 underline">{chunks}</Link> })}
            </p>
            <GuidelinesMeta guidelines={older} />
            <GuidelinesView body={older.body} />
          </>
        ) : current ? (
          <>
            <GuidelinesMeta guidelines={current} />
            <GuidelinesView body={current.body} />
          </>
        ) : (
          <p className="text-sm text-stone-700">{t('guidelines.none')}</p>
        )}
        {history.length > 0 && (
          <details>
            <summary className="cursor-pointer text-sm font-medium">{t('page.history', { count: history.length })}</summary>
            <ol aria-label={t('page.historyList')} className="mt-2 space-y-1 text-sm">
              {history.map((entry) => (
                <li key={entry.version}>
                  <Link href={`/projects/${project.id}?version=${entry.version}`} className="text-blue-900 underline">{t('page.historyVersion', { version: entry.version })}</Link>
                  {t.rich('page.historyEntry', {
                    current: String(entry.version === current?.version),
                    author: entry.author ?? t('page.unknownAuthor'),
                    time: () => <RelativeTime iso={entry.createdAt} />,
                  })}
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>

      {agreement && <ProjectAgreementSection view={agreement} />}

      {manages && (
        <section aria-labelledby="members-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="members-heading" className="text-lg font-semibold">{t('page.membersHeading')}</h2>
          <p className="text-sm text-stone-700">{t('page.membersIntro')}</p>
          <ProjectMembers
            projectId={project.id}
            members={project.members}
            candidates={users?.filter((user) => user.role !== 'admin' && !user.disabled).map(({ id, name, email }) => ({ id, name, email })) ?? null}
          />
        </section>
      )}

      {manages && (
        <section aria-labelledby="scale-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="scale-heading" className="text-lg font-semibold">{t('page.scaleHeading')}</h2>
          <p className="text-sm text-stone-700">{t('page.scaleIntro')}</p>
          <RatingScaleEditor initial={project.ratingScale} endpoint={`/api/projects/${project.id}/rating-scale`} />
        </section>
      )}

      {manages && (
        <section aria-labelledby="settings-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="settings-heading" className="text-lg font-semibold">{t('page.settingsHeading')}</h2>
          <ProjectSettingsForm
            project={{ id: project.id, name: project.name, description: project.description, guidelines: current?.body ?? '', guidelinesVersion: project.guidelinesVersion, assignedOnlyDefault: project.assignedOnlyDefault }}
          />
        </section>
      )}
    </div>
  );
}
