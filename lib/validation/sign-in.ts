// Input schema for the sign-in form's wait lookup (the credentials themselves go through next-auth).
import { z } from 'zod';

export const ZSignInWait = z.object({ email: z.string('Enter an email').max(320, 'That is not an email address') }).strict();

export type TSignInWait = z.infer<typeof ZSignInWait>;
