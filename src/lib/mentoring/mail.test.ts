import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../i18n/translate';
import { notificationMail } from './mail';

const strings = DICTIONARIES;

const notification = {
  user: 'u',
  kind: 'session_awaiting_signature' as const,
  session: 's',
  actor: 'm',
  data: { actorName: 'Anahit <b>', date: '2026-11-30' },
};

describe('notificationMail', () => {
  it("is written in the recipient's language and links to their page", () => {
    const ka = notificationMail(notification, { name: 'ნინო', lang: 'ka' }, 'https://ertad.example/', strings);
    expect(ka.subject).toBe('გთხოვთ, დაადასტუროთ 2026-11-30-ის შეხვედრა');
    expect(ka.text).toContain('https://ertad.example/ka/dashboard/');
    const hy = notificationMail(
      { ...notification, kind: 'fellow_disagreed' },
      { name: 'Armen', lang: 'hy' },
      'https://e.example',
      strings,
    );
    expect(hy.subject).toContain('համաձայն չէ');
    expect(hy.text).toContain('https://e.example/hy/mentor/');
  });

  it('falls back along the language chain when a string is missing', () => {
    const partial = { ka: strings.ka, en: strings.en, az: {}, hy: {} };
    expect(notificationMail(notification, { name: 'Elvin', lang: 'az' }, 'https://e.example', partial).subject).toBe(
      'გთხოვთ, დაადასტუროთ 2026-11-30-ის შეხვედრა',
    );
  });

  it('falls back to Georgian for an unknown language and escapes names in the HTML', () => {
    const mail = notificationMail(notification, { name: 'X', lang: 'fr' }, 'https://e.example', strings);
    expect(mail.subject).toContain('გთხოვთ');
    expect(mail.html).toContain('Anahit &lt;b&gt;');
    expect(mail.html).toContain('<html lang="ka">');
  });
});
