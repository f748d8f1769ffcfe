// The demo cohorts and who the coordinator enrols in them (into every course of the programme).
// Programmes are named by slug, as in content/programs/.

export const DEMO_COHORTS = [
  {
    name: 'YPP 2026 — Kvemo Kartli',
    program: 'ypp',
    starts: '2026-03-02 00:00:00.000Z',
    ends: '2026-12-18 00:00:00.000Z',
    coordinator: 'coordinator@demo.ertad.example',
    fellows: [
      'fellow@demo.ertad.example',
      'elvin@demo.ertad.example',
      'gunel@demo.ertad.example',
      'emma@demo.ertad.example',
    ],
  },
  {
    name: 'Social Work Fellowship 2026 — Samtskhe-Javakheti',
    program: 'social-work',
    starts: '2026-04-06 00:00:00.000Z',
    ends: '2027-01-29 00:00:00.000Z',
    coordinator: 'coordinator@demo.ertad.example',
    fellows: ['armen@demo.ertad.example', 'lilit@demo.ertad.example'],
  },
];
