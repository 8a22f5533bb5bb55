import { useFormatter } from 'next-intl';

/**
 * Identifiers of the protocol (event names, token scopes) as a list in the
 * interface's language ("a, b" in English, "a، b" in Persian), each kept as
 * code: they are the same in every language and read left to right.
 */
export function CodeList({ items }: { items: readonly string[] }) {
  const format = useFormatter();
  return <>{format.list(items.map((item) => <code key={item}>{item}</code>), { type: 'unit' })}</>;
}
