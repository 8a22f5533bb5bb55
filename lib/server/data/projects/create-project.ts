import 'server-only';
import { AppError } from '../../../errors';
import type { TCreateProject } from '../../../validation/projects';
import type { ProjectDetail } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { loadProjectDetail } from './get-project';
import { isNameTaken } from './project-record';

/**
 * A new project with the desk's default rating scale copied in, and its first
 * guidelines if given. An editor who makes one is its first editor; an admin
 * sees every project without being a member.
 */
export async function createProject(actor: Authorized<'projects:create'>, input: TCreateProject): Promise<ProjectDetail> {
  let projectId: string;
  try {
    projectId = await db().$transaction(async (tx) => {
      const guidelines = input.guidelines ? input.guidelines : null;
      const project = await tx.project.create({
        data: { name: input.name, description: input.description ?? '', guidelinesVersion: guidelines ? 1 : 0, createdById: actor.id },
        select: { id: true },
      });
      if (guidelines) await tx.projectGuidelines.create({ data: { projectId: project.id, version: 1, body: guidelines, authorId: actor.id } });
      const scale = await tx.ratingOption.findMany({ select: { key: true, name: true, value: true, position: true } });
      await tx.projectRatingOption.createMany({ data: scale.map((option) => ({ ...option, projectId: project.id })) });
      if (actor.role !== 'admin') await tx.projectMember.create({ data: { projectId: project.id, userId: actor.id, role: 'editor', addedById: actor.id } });
      return project.id;
    });
  } catch (error) {
    if (isNameTaken(error)) throw new AppError('conflict', `A project named "${input.name}" already exists.`);
    throw error;
  }
  return loadProjectDetail(projectId, actor.role === 'admin' ? 'admin' : 'editor');
}
