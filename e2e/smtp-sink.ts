// A local SMTP server that keeps what it receives, and points the e2e PocketBase's mailer at it.
import type { AddressInfo } from 'node:net';
import type PocketBase from 'pocketbase';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  to: string[];
  subject: string;
  raw: string;
}

/** A header's value with its RFC 2047 encoded words (`=?UTF-8?B?…?=`) decoded. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? '';
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)/g, '=?$1?$2?$3?=')
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

export async function startSmtpSink() {
  const mails: SunkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // PocketBase would upgrade to TLS when offered, and the sink has no certificate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: header(raw, 'Subject'), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    /** Points PocketBase's mailer at this sink. */
    async attach(admin: PocketBase) {
      await admin.settings.update({
        meta: { senderName: 'Ertad', senderAddress: 'ertad@test.ertad.example' },
        smtp: { enabled: true, host: '127.0.0.1', port, tls: false },
      });
    },
    async detach(admin: PocketBase) {
      await admin.settings.update({ smtp: { enabled: false } });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
