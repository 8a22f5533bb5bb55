import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-3 text-stone-700">There is nothing at this address. The article may have been removed, or the link is mistyped.</p>
      <Link href="/" className="mt-6 inline-block text-blue-800 underline">Back to articles</Link>
    </main>
  );
}
