// What the notification list returns (GET /api/notifications, the /notifications page, the bell).
import type { NotificationData } from '../notifications/notification-text';
import type { NotificationKind } from '../vocabulary';

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  article: { id: string; title: string } | null;
  actor: { id: string; name: string } | null;
  /** What the words are made of besides the names (only what the recipient may know; record-desk-event.ts decides). */
  data: NotificationData;
  /** The notification in English words (lib/notifications/notification-text.ts); the interface words it from kind and data in the reader's language. */
  text: string;
  /** Where it leads inside the workbench. */
  path: string;
};

/** `nextBefore`: pass it as `?before=` for the next (older) page; null on the last page. `unread`: across every page. */
export type NotificationList = { notifications: NotificationView[]; unread: number; nextBefore: string | null };
