// What the notification list returns (GET /api/notifications, the /notifications page, the bell).
import type { NotificationKind } from '../vocabulary';

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  article: { id: string; title: string } | null;
  actor: { id: string; name: string } | null;
  /** The notification in words (lib/notifications/notification-text.ts). */
  text: string;
  /** Where it leads inside the workbench. */
  path: string;
};

/** `nextBefore`: pass it as `?before=` for the next (older) page; null on the last page. `unread`: across every page. */
export type NotificationList = { notifications: NotificationView[]; unread: number; nextBefore: string | null };
