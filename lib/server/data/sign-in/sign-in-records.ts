import 'server-only';
// Sign-in attempts live in PostgreSQL so every app process shares one count.
// An attempt runs under a per-account advisory lock, from reading the recent
// history through the rules' decision (lib/security/sign-in-limits.ts) and the
// password check to recording the outcome. So attempts for one account queue
// and each sees the outcome of the ones before it: a hundred guesses sent at
// once buy one check and refusals, while two tabs signing the owner in at the
// same moment both succeed (the second waits for the first's check, a fraction
// of a second, and sees its success rather than a pending failure). Every read
// is an index range with a LIMIT.
import {
  ACCOUNT_FAILURES_NEEDED,
  ADDRESS_FAILURES,
  KNOWN_ADDRESS_DAYS,
  PAIR_FAILURES,
  SIGN_IN_WINDOW_MS,
  type SignInDecision,
  type SignInHistory,
  countingSince,
  decideSignIn,
} from '../../../security/sign-in-limits';
import type { Role } from '../../../vocabulary';
import { Prisma, db } from '../../db/client';

export type SignInAccount = {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  passwordChangedAt: Date | null;
  sessionVersion: number;
  disabled: boolean;
};

/** The only read of a password hash; it never leaves the sign-in and password-change paths. */
export async function findSignInAccount(by: { email: string } | { id: string }): Promise<SignInAccount | null> {
  const user = await db().user.findUnique({
    where: 'email' in by ? { email: by.email } : { id: by.id },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, passwordChangedAt: true, sessionVersion: true, disabledAt: true },
  });
  if (!user) return null;
  const { disabledAt, ...rest } = user;
  return { ...rest, disabled: disabledAt !== null };
}

/** Who is trying: the account's email (whether or not it exists) and the client's address. */
export type SignInKey = { email: string; ip: string; addressKnown: boolean; passwordChangedAt: Date | null };

type Reader = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** A moment as the SQL `timestamp` (UTC, no zone) Prisma stores, whatever the session's time zone. */
function at(date: Date): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${date.getTime() / 1000}::double precision) AT TIME ZONE 'UTC')`;
}

/** Milliseconds since the epoch of a stored `timestamp` (UTC). */
const EPOCH_MS = Prisma.sql`(extract(epoch FROM "createdAt") * 1000)::float8`;

async function readHistory(reader: Reader, key: SignInKey, now: Date): Promise<SignInHistory> {
  const since = at(countingSince(now, key.passwordChangedAt));
  const windowStart = at(new Date(now.getTime() - SIGN_IN_WINDOW_MS));
  const knownSince = at(new Date(Math.max(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000, key.passwordChangedAt?.getTime() ?? 0)));
  // One round trip; each subquery walks one index backwards and stops at its LIMIT.
  const [row] = await reader.$queryRaw<{ pair: number[] | null; account: number[] | null; address: number[] | null; known: boolean }[]>`
    WITH
      pair_success AS (
        SELECT max("createdAt") AS at FROM (
          SELECT "createdAt" FROM "SignInAttempt" WHERE email = ${key.email} AND ip = ${key.ip} AND succeeded
          ORDER BY "createdAt" DESC LIMIT 1) s),
      account_success AS (
        SELECT max("createdAt") AS at FROM (
          SELECT "createdAt" FROM "SignInAttempt" WHERE email = ${key.email} AND succeeded
          ORDER BY "createdAt" DESC LIMIT 1) s)
    SELECT
      ARRAY(SELECT ${EPOCH_MS} FROM "SignInAttempt"
            WHERE email = ${key.email} AND ip = ${key.ip} AND NOT succeeded
              AND "createdAt" >= greatest(${since}, (SELECT at FROM pair_success))
            ORDER BY "createdAt" DESC LIMIT ${PAIR_FAILURES}) AS pair,
      ARRAY(SELECT ${EPOCH_MS} FROM "SignInAttempt"
            WHERE email = ${key.email} AND NOT succeeded
              AND "createdAt" >= greatest(${since}, (SELECT at FROM account_success))
            ORDER BY "createdAt" DESC LIMIT ${ACCOUNT_FAILURES_NEEDED}) AS account,
      ARRAY(SELECT ${EPOCH_MS} FROM "SignInAttempt"
            WHERE ip = ${key.ip} AND NOT succeeded AND "createdAt" >= ${windowStart}
            ORDER BY "createdAt" DESC LIMIT ${ADDRESS_FAILURES}) AS address,
      coalesce((SELECT at FROM pair_success) >= ${knownSince}, false) AS known`;
  const dates = (values: number[] | null | undefined) => (values ?? []).map((ms) => new Date(Number(ms)));
  return {
    addressKnown: key.addressKnown,
    pairFailures: dates(row?.pair),
    accountFailures: dates(row?.account),
    addressFailures: dates(row?.address),
    knownAddress: row?.known === true,
  };
}

export type SignInOutcome = { allowed: true; succeeded: boolean } | Extract<SignInDecision, { allowed: false }>;

/**
 * Decides whether this attempt may check a password and, if so, runs `check`
 * (which must not touch the database: it runs inside this transaction) and
 * records whether it succeeded. Serialised per email, so concurrent attempts
 * for one account are counted one after another.
 */
export async function attemptSignIn(key: SignInKey, check: () => Promise<boolean>): Promise<SignInOutcome> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${key.email}`}, 0))`;
      const now = new Date();
      const decision = decideSignIn(await readHistory(tx, key, now), now);
      if (!decision.allowed) return decision;
      const succeeded = await check();
      await tx.signInAttempt.create({ data: { email: key.email, ip: key.ip, succeeded, createdAt: now } });
      return { allowed: true as const, succeeded };
    },
    // Waiting in line behind other attempts for the same account is part of the design.
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** The decision an attempt would get right now, without recording anything (to tell a refused person how long to wait). */
export async function previewSignInAttempt(key: SignInKey): Promise<SignInDecision> {
  const now = new Date();
  return decideSignIn(await readHistory(db(), key, now), now);
}
