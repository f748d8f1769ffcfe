// The demo people `npm start` creates on an empty database: one account per role, and more
// fellows so that a coordinator's cohorts have people at different points. Their passwords are
// generated for each new database and printed once, so no password in this repository signs in.
import { randomBytes } from 'node:crypto';

export const DEMO_SUPERUSER_EMAIL = 'admin@demo.ertad.example';

/** Fresh passwords for one demo database: the superuser's, and the one every demo person shares. */
export function newDemoPasswords() {
  const password = () => `demo-${randomBytes(9).toString('base64url')}`;
  return { superuser: password(), people: password() };
}

export const DEMO_ACCOUNTS = [
  { role: 'fellow', email: 'fellow@demo.ertad.example', name: 'ნინო ბერიძე', preferred_language: 'ka' },
  { role: 'mentor', email: 'mentor@demo.ertad.example', name: 'Anahit Petrosyan', preferred_language: 'hy' },
  { role: 'trainer', email: 'trainer@demo.ertad.example', name: 'Aysel Məmmədova', preferred_language: 'az' },
  { role: 'coordinator', email: 'coordinator@demo.ertad.example', name: 'Tamar Lomidze', preferred_language: 'en' },
  { role: 'fellow', email: 'elvin@demo.ertad.example', name: 'Elvin Quliyev', preferred_language: 'az' },
  { role: 'fellow', email: 'gunel@demo.ertad.example', name: 'Günel Həsənova', preferred_language: 'az' },
  { role: 'fellow', email: 'armen@demo.ertad.example', name: 'Արմեն Սարգսյան', preferred_language: 'hy' },
  { role: 'fellow', email: 'lilit@demo.ertad.example', name: 'Լիլիթ Հակոբյան', preferred_language: 'hy' },
  { role: 'fellow', email: 'emma@demo.ertad.example', name: 'Emma Clarke', preferred_language: 'en' },
];
