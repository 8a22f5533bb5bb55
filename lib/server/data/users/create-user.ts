import 'server-only';
import { AppError } from '../../../errors';
import { hashPassword } from '../../../security/password-hash';
import type { TCreateUser } from '../../../validation/users';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { UserListItem } from '../../../views/user-views';

export async function createUser(actor: Authorized<'users:manage'>, input: TCreateUser): Promise<UserListItem> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
    });
    return { ...user, disabled: false, createdAt: user.createdAt.toISOString() };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `A user with the email ${input.email} already exists.`);
    }
    throw error;
  }
}
