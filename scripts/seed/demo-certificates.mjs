// The demo certificates, earned the way real ones are: the fellow completes a course (or every
// course of a programme without a supervision requirement) and the server issues the certificate.
// The coordinator then revokes one and issues one by hand, as their screen does.

export const DEMO_CERTIFICATES = {
  // The demo fellow completes this course: her issued course certificate.
  completed: [{ fellow: 'fellow@demo.ertad.example', course: 'rights-based-social-work' }],
  // A certificate the coordinator issues by hand and later revokes: the demo fellow's revoked one.
  revoked: {
    fellow: 'fellow@demo.ertad.example',
    course: 'participatory-governance',
    note: 'Attended the face-to-face course in Rustavi, spring 2026 (attendance list checked).',
    reason: 'Issued before the final session; the fellow did not complete the face-to-face course.',
  },
  // A programme without a supervision requirement, its cohort, and a fellow who completes every
  // course of it: the server issues the programme certificate.
  programme: {
    program: 'cso-staff',
    cohort: 'GESI for CSO staff 2026 — Marneuli',
    coordinator: 'coordinator@demo.ertad.example',
    fellow: 'elvin@demo.ertad.example',
  },
};
