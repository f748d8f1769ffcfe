// How far each demo fellow got in each course. `read`: the first modules, in course order, read
// to the end; `visit`: how many after those were opened; `attempts`: the course quiz, in order
// (answers are derived from the quiz); `withdraw`: the fellow left the course. A fellow must be
// enrolled first (demo-cohorts.mjs); `selfEnrol` enrols them into an open course themselves.

export const DEMO_LEARNING = [
  // The demo fellow: mid-course, with the quiz failed once and then passed.
  { fellow: 'fellow@demo.ertad.example', course: 'gesi-foundations', read: 2, visit: 1, attempts: ['fail', 'pass'] },
  { fellow: 'fellow@demo.ertad.example', course: 'participatory-governance', visit: 1 },
  { fellow: 'elvin@demo.ertad.example', course: 'gesi-foundations', read: 3, attempts: ['pass'] },
  { fellow: 'elvin@demo.ertad.example', course: 'participatory-governance', read: 1 },
  { fellow: 'gunel@demo.ertad.example', course: 'gesi-foundations', read: 1, visit: 1 },
  { fellow: 'emma@demo.ertad.example', course: 'gesi-foundations', read: 3, attempts: ['fail', 'fail'] },
  { fellow: 'emma@demo.ertad.example', course: 'rights-based-social-work', visit: 1, withdraw: true },
  { fellow: 'emma@demo.ertad.example', course: 'community-services-multiethnic', selfEnrol: true, visit: 1 },
  { fellow: 'armen@demo.ertad.example', course: 'community-services-multiethnic', read: 2, attempts: ['pass'] },
  { fellow: 'armen@demo.ertad.example', course: 'rights-based-social-work', read: 1 },
  { fellow: 'lilit@demo.ertad.example', course: 'community-services-multiethnic', read: 1, visit: 1 },
];
