/** The message a server action answered with, announced to screen readers. */
export function FormStatus({ state }: { state: { ok?: boolean; message?: string; error?: string } }) {
  if (state.error) return <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{state.error}</p>;
  if (state.message) return <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">{state.message}</p>;
  return null;
}
