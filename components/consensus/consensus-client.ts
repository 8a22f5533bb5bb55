// Browser-side calls behind the consensus view: a verdict on a passage,
// publishing and reopening the article. Failures throw ApiError with the server's message.
import type { Label } from '@/lib/consensus/types';
import type { ArticleStatus } from '@/lib/views/article-views';
import type { VerdictView } from '@/lib/views/consensus-views';
import { apiRequest } from '../api/api-request';

export type VerdictInput = {
  label: Label;
  rating: string;
  explanation: string;
  claimant?: string;
  appearanceUrl?: string;
  claimDate?: string;
  acceptConsensus?: boolean;
  /** The verdict's version when editing an existing one; a stale one is refused (409). */
  version?: number;
};

type ArticleState = { id: string; status: ArticleStatus };

const articleUrl = (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}`;

export const consensusClient = {
  setVerdict: async (articleId: string, passageId: string, input: VerdictInput) =>
    (await apiRequest<{ verdict: VerdictView }>('POST', `${articleUrl(articleId)}/passages/${encodeURIComponent(passageId)}/verdict`, input)).verdict,
  publish: async (articleId: string) => (await apiRequest<{ article: ArticleState }>('POST', `${articleUrl(articleId)}/publish`)).article,
  reopen: async (articleId: string, reason: string) =>
    (await apiRequest<{ article: ArticleState }>('POST', `${articleUrl(articleId)}/reopen`, reason.trim() ? { reason: reason.trim() } : {})).article,
};
