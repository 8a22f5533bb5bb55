// The shape users leave the data layer in.
export type UserListItem = { id: string; email: string; name: string; role: 'reviewer' | 'editor' | 'admin'; disabled: boolean; createdAt: string };
