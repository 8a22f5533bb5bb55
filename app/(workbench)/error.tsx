'use client';
import { ServiceProblem } from '@/components/layout/service-problem';

export default function WorkbenchError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServiceProblem reset={reset} />;
}
