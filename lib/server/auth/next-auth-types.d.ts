// What our sessions and tokens carry beyond next-auth's defaults.
import 'next-auth';
import 'next-auth/jwt';
import type { Role } from '../../vocabulary';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    sessionVersion?: number;
    /** Our id of this sign-in, stable across token refreshes; revoked on sign-out. */
    sessionId?: string;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sessionVersion?: number;
    sid?: string;
  }
}
