import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';
import { runWithRequest } from '@/lib/server/http/request-context';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// The request is kept for next-auth's callbacks: the redirect callback needs the origin the
// browser used (next-auth itself assumes http://localhost:3000 when NEXTAUTH_URL is unset).
function withRequest(request: Request, context: Context): Promise<Response> {
  return runWithRequest(request, () => handler(request, context) as Promise<Response>);
}

export { withRequest as GET, withRequest as POST };
