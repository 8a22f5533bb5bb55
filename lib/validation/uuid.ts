// Ids are UUIDs; anything else is refused before it reaches PostgreSQL, whose
// uuid cast would fail (a 500) on strings that merely look like one.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
