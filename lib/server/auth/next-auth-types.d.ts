// What our sessions and tokens carry beyond next-auth's defaults.
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string; role: 'reviewer' | 'editor' | 'admin' };
    sessionVersion?: number;
    /** Our id of this sign-in, stable across token refreshes; revoked on sign-out. */
    sessionId?: string;
  }
  interface User {
    role?: 'reviewer' | 'editor' | 'admin';
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: 'reviewer' | 'editor' | 'admin';
    sessionVersion?: number;
    sid?: string;
  }
}
