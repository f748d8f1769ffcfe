// The demo people `npm start` creates on an empty database: one account per role, and more
// fellows so that a coordinator's cohorts have people at different points. Everyone has the
// same password, printed at start; change it before real use.

export const DEMO_PASSWORD = 'ertad-demo-2026';

export const DEMO_SUPERUSER = { email: 'admin@demo.ertad.example', password: 'ertad-demo-admin-2026' };

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
