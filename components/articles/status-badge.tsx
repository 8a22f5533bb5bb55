import clsx from 'clsx';

const LABEL = { open: 'Open', in_review: 'In review', published: 'Published' } as const;

export function StatusBadge({ status }: { status: keyof typeof LABEL }) {
  return (
    <span
      className={clsx('inline-block rounded px-2 py-0.5 text-xs font-medium', {
        'bg-sky-100 text-sky-900': status === 'open',
        'bg-amber-100 text-amber-900': status === 'in_review',
        'bg-green-100 text-green-900': status === 'published',
      })}
    >
      {LABEL[status]}
    </span>
  );
}

export const STATUS_OPTIONS = Object.entries(LABEL) as [keyof typeof LABEL, string][];
