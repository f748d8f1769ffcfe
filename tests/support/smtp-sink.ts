import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../scripts/lib/pocketbase-process.mjs';
import { superuser } from './clients';

/**
 * A local SMTP server that keeps every message it receives, with the test PocketBase's mailer
 * pointed at it. `stop()` turns SMTP off again and closes the sink.
 */
export async function smtpSink() {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => messages.push(mail))
        .then(() => callback(), callback);
    },
  });
  const port: number = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const admin = superuser();
  let stopped = false;
  await admin.settings.update({
    meta: { senderAddress: 'mentoring@test.ertad.example', senderName: 'Ertad', appURL: 'http://ertad.test' },
    smtp: { enabled: true, host: '127.0.0.1', port, tls: false, username: '', password: '' },
  });
  return {
    messages,
    /** The messages sent to `address` so far. */
    to: (address: string) => messages.filter((m) => JSON.stringify(m.to).includes(address)),
    /** Turns SMTP off and closes the sink; calling it again does nothing. */
    async stop() {
      if (stopped) return;
      stopped = true;
      await admin.settings.update({ smtp: { enabled: false } });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
