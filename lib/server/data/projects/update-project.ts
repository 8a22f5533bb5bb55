import 'server-only';
import { AppError } from '../../../errors';
import type { TUpdateProject } from '../../../validation/projects';
import type { ProjectDetail } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { loadProjectDetail } from './get-project';
import { isNameTaken } from './project-record';

/**
 * Renames or describes a project, or writes new guidelines. Guidelines are
 * never edited in place: a changed text becomes the next version (the same text
 * again changes nothing), so every submission keeps pointing at the guidelines
 * its reviewer worked under. The project row lock orders two editors saving at once.
 */
export async function updateProject(actor: Authorized<'projects:manage'>, projectId: string, input: TUpdateProject): Promise<ProjectDetail> {
  try {
    await db().$transaction(async (tx) => {
      const [project] = await tx.$queryRaw<{ guidelinesVersion: number }[]>`SELECT "guidelinesVersion" FROM "Project" WHERE id = ${projectId}::uuid FOR UPDATE`;
      if (!project) throw new AppError('not_found', 'No project with that id.');
      let guidelinesVersion = project.guidelinesVersion;
      if (input.guidelines !== undefined) {
        const current = guidelinesVersion > 0 ? await tx.projectGuidelines.findUnique({ where: { projectId_version: { projectId, version: guidelinesVersion } }, select: { body: true } }) : null;
        if ((current?.body ?? '') !== input.guidelines) {
          guidelinesVersion += 1;
          await tx.projectGuidelines.create({ data: { projectId, version: guidelinesVersion, body: input.guidelines, authorId: actor.id } });
        }
      }
      await tx.project.update({ where: { id: projectId }, data: { name: input.name, description: input.description, guidelinesVersion, assignedOnlyDefault: input.assignedOnlyDefault } });
    });
  } catch (error) {
    if (isNameTaken(error)) throw new AppError('conflict', `A project named "${input.name ?? ''}" already exists.`);
    throw error;
  }
  return loadProjectDetail(projectId, actor.role);
}
