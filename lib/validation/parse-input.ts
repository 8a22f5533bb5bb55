// Turns a zod failure into the one AppError shape, with field messages a person
// can act on ("title: Too long (max 500 characters)").
import type { z } from 'zod';
import { AppError } from '../errors';

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = fields.map((field) => (field.path ? `${field.path}: ${field.message}` : field.message)).join('; ');
  throw new AppError('bad_request', summary || 'The request is not valid.', { fields });
}
