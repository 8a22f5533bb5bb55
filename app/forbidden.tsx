import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p className="mt-3 text-stone-700">Your role does not give access to this page. If you need it, ask an admin to change your role.</p>
      <Link href="/" className="mt-6 inline-block text-blue-800 underline">Back to articles</Link>
    </main>
  );
}
