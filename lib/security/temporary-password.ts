// The password an admin's reset generates when they do not give one; they are
// shown it once and pass it on.
import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I), so it can be read out over the phone; 4 groups of 5 from 54 symbols ≈ 115 bits.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}
