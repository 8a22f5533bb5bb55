'use server';
import 'server-only';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { AppError } from '../../errors';
import { ZImportArticle } from '../../validation/articles';
import { parseInput } from '../../validation/parse-input';
import { importArticle } from '../articles/import-article';
import { requireActor } from '../guards';
import { type ActionState, actionError, requireFormData } from './action-result';

const MAX_UPLOAD_BYTES = 2_000_000;

/** The import form: paste, upload or URL, all through importArticle. */
export async function importArticleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let articleId: string;
  try {
    const actor = await requireActor('articles:import');
    const input = parseInput(ZImportArticle, await readForm(requireFormData(form)));
    articleId = (await importArticle(actor, input)).id;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath('/');
  redirect(`/articles/${articleId}`);
}

async function readForm(form: FormData): Promise<Record<string, unknown>> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const common = { projectId: field('projectId'), title: field('title'), byline: field('byline'), publisher: field('publisher'), publishedAt: field('publishedAt') };
  switch (form.get('mode')) {
    case 'url':
      return { ...common, url: field('url') };
    case 'upload':
      return { ...common, ...(await readUpload(form.get('file'))) };
    default: {
      const content = field('content');
      return { ...common, ...(form.get('format') === 'html' ? { html: content } : { text: content }) };
    }
  }
}

async function readUpload(file: FormDataEntryValue | null): Promise<{ html?: string; text?: string }> {
  if (!(file instanceof File) || file.size === 0) throw new AppError('bad_request', 'Choose a .txt or .html file to upload.');
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError('payload_too_large', 'The file is too large (at most 2 MB).');
  const name = file.name.toLowerCase();
  const isHtml = name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html';
  const isText = name.endsWith('.txt') || file.type === 'text/plain';
  if (!isHtml && !isText) throw new AppError('unsupported_media_type', 'Only .txt and .html files can be imported.');
  const content = await file.text();
  return isHtml ? { html: content } : { text: content };
}
