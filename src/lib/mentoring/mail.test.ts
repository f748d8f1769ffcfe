import { describe, expect, it } from 'vitest';
import { notificationMail } from './mail';

const notification = {
  user: 'u',
  kind: 'session_awaiting_signature' as const,
  session: 's',
  actor: 'm',
  data: { actorName: 'Anahit <b>', date: '2026-11-30' },
};

describe('notificationMail', () => {
  it("is written in the recipient's language and links to their page", () => {
    const ka = notificationMail(notification, { name: 'ნინო', lang: 'ka' }, 'https://ertad.example/');
    expect(ka.subject).toBe('გთხოვთ, დაადასტუროთ 2026-11-30-ის შეხვედრა');
    expect(ka.text).toContain('https://ertad.example/ka/dashboard/');
    const hy = notificationMail(
      { ...notification, kind: 'fellow_disagreed' },
      { name: 'Armen', lang: 'hy' },
      'https://e.example',
    );
    expect(hy.subject).toContain('համաձայն չէ');
    expect(hy.text).toContain('https://e.example/hy/mentor/');
  });

  it('falls back to Georgian for an unknown language and escapes names in the HTML', () => {
    const mail = notificationMail(notification, { name: 'X', lang: 'fr' }, 'https://e.example');
    expect(mail.subject).toContain('გთხოვთ');
    expect(mail.html).toContain('Anahit &lt;b&gt;');
    expect(mail.html).toContain('<html lang="ka">');
  });
});
