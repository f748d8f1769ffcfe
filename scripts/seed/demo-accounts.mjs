// The demo people `npm start` creates on an empty database: one account per role, across the
// four languages of the site. Their password is printed at start; change it before real use.

export const DEMO_PASSWORD = 'ertad-demo-2026';

export const DEMO_SUPERUSER = { email: 'admin@demo.ertad.example', password: 'ertad-demo-admin-2026' };

export const DEMO_ACCOUNTS = [
  { role: 'fellow', email: 'fellow@demo.ertad.example', name: 'ნინო ბერიძე', preferred_language: 'ka' },
  { role: 'mentor', email: 'mentor@demo.ertad.example', name: 'Anahit Petrosyan', preferred_language: 'hy' },
  { role: 'trainer', email: 'trainer@demo.ertad.example', name: 'Aysel Məmmədova', preferred_language: 'az' },
  { role: 'coordinator', email: 'coordinator@demo.ertad.example', name: 'Tamar Lomidze', preferred_language: 'en' },
];
