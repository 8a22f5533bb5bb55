// API tokens as they leave the data layer: never the secret nor its hash.
import type { Role, TokenRevokedReason, TokenScope } from '../vocabulary';

export type { TokenRevokedReason };

/** active: it works; expired: past expiresAt; revoked: by an admin or with its account (revokedReason says which). Revoked wins over expired. */
export type ApiTokenState = 'active' | 'expired' | 'revoked';

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  user: { id: string; name: string; email: string; role: Role };
  createdBy: { id: string; name: string };
  /** The projects the token is limited to; empty: every project of its account. */
  projects: { id: string; name: string }[];
  createdAt: string;
  /** null: never used. */
  lastUsedAt: string | null;
  /** null: never expires. */
  expiresAt: string | null;
  revokedAt: string | null;
  revokedReason: TokenRevokedReason | null;
  /** As of the moment the list was read. */
  state: ApiTokenState;
};

export type ApiTokenList = {
  tokens: ApiTokenView[];
  /** The term a new token gets unless its creator picks another (API_TOKEN_DEFAULT_EXPIRY_DAYS). */
  defaultExpiryDays: number;
};
