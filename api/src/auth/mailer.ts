import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; only set when SMTP_URL is configured. */
export interface Mailer {
  send: (message: MailMessage) => Promise<void>;
  /** Where links in mails point: the installation's public address, never the request's Host header. */
  publicUrl: string;
}

/** A mailer over SMTP_URL (e.g. `smtps://user:pass@mail.example.nl:465`), sending from `from`. */
export function createSmtpMailer(options: { smtpUrl: string; from: string; publicUrl: string }): Mailer {
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    publicUrl: options.publicUrl.replace(/\/+$/, ''),
    send: async (message) => {
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}
