'use client';
// A page that can bring a pending reviewer's draft in more cheaply than by re-rendering itself
// provides this (the consensus page: its progress panels read as JSON, review-progress.tsx), and
// LiveUpdates then calls it for a refresh that folds in drafts only (refresh-delay.ts: the slow lane).
import { createContext } from 'react';

export const DraftRefreshContext = createContext<(() => Promise<void>) | null>(null);
