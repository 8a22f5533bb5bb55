'use client';
import { ServiceProblem } from '@/components/layout/service-problem';

export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServiceProblem reset={reset} />;
}
