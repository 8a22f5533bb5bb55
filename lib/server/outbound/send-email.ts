import 'server-only';
// Email through SMTP_URL with nodemailer: one transport per process, made on first use.
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../../config';

let transport: Transporter | undefined;

function mailTransport(smtpUrl: string): Transporter {
  transport ??= nodemailer.createTransport(smtpUrl);
  return transport;
}

export type SendResult = { sent: boolean; permanent: boolean; error: string | null };

/** Sends one plain-text email; a 5xx answer from the SMTP server is permanent, anything else may pass later. */
export async function sendEmail(email: { to: string; subject: string; text: string; path: string }): Promise<SendResult> {
  const mail = config().mail;
  if (!mail) return { sent: false, permanent: true, error: 'SMTP_URL is not set.' };
  const link = config().publicUrl ? `${config().publicUrl}${email.path}` : email.path;
  try {
    await mailTransport(mail.smtpUrl).sendMail({ from: mail.from, to: email.to, subject: email.subject, text: `${email.text}\n\n${link}\n` });
    return { sent: true, permanent: false, error: null };
  } catch (error) {
    const responseCode = (error as { responseCode?: number }).responseCode;
    return { sent: false, permanent: typeof responseCode === 'number' && responseCode >= 500, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Closes the pooled SMTP connection (worker shutdown). */
export function closeEmailTransport(): void {
  transport?.close();
  transport = undefined;
}
