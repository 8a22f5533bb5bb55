'use client';
// Radix widgets (dialogs, tabs, menus) read their direction from this provider, not from <html dir>:
// without it they lay out and take arrow keys left to right in a right-to-left interface.
import { DirectionProvider } from '@radix-ui/react-direction';
import type { ReactNode } from 'react';
import type { TextDirection } from '@/lib/vocabulary';

export function InterfaceDirection({ dir, children }: { dir: TextDirection; children: ReactNode }) {
  return <DirectionProvider dir={dir}>{children}</DirectionProvider>;
}
