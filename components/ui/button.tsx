import clsx from 'clsx';
import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' };

export function Button({ variant = 'primary', className, ...props }: Props) {
  return (
    <button
      {...props}
      className={clsx(
        'rounded px-4 py-2 font-medium disabled:cursor-not-allowed disabled:opacity-60',
        variant === 'primary' ? 'bg-stone-900 text-white hover:bg-stone-700' : 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100',
        className,
      )}
    />
  );
}
