// API tokens as they leave the data layer: never the secret nor its hash.
type Role = 'reviewer' | 'editor' | 'admin';

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ('read:exports' | 'write:annotations')[];
  user: { id: string; name: string; email: string; role: Role };
  createdBy: { id: string; name: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
