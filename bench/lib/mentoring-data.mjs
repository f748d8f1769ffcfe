// Mentoring records in bulk for the benchmarks, written as the superuser through the records API
// (the routes would take three requests per session): mentors, fellows paired in one cohort, and
// sessions signed by both sides with a signature row each, as the routes leave them.
const DAY = 86_400_000;
const PASSWORD = 'bench-mentoring-password';

/** Runs `make(i)` for i < count, `parallel` at a time. */
export async function inParallel(count, parallel, make) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await make(i);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

const user = (admin, role, n) =>
  admin.collection('users').create({
    email: `${role}-${n}-${Date.now()}@bench.ertad.example`,
    password: PASSWORD,
    passwordConfirm: PASSWORD,
    name: `Bench ${role} ${n}`,
    role,
  });

/** A programme and a cohort of it. */
export async function benchCohort(admin) {
  const program = await admin.collection('programs').create({
    slug: `bench-mentoring-${Date.now()}`,
    title: { ka: 'ბენჩი', en: 'Bench' },
    supervisionHours: 24,
    maxSessionGapDays: 30,
  });
  return admin.collection('cohorts').create({ program: program.id, name: `Bench cohort ${Date.now()}` });
}

/**
 * `fellowCount` fellows in `cohort`, spread over `mentorCount` mentors, each fellow with
 * `sessionsEach` signed individual sessions (every fifth with confidential notes).
 */
export async function mentoringLoad(admin, { cohort, mentorCount, fellowCount, sessionsEach, parallel = 6 }) {
  const mentors = await inParallel(mentorCount, parallel, (n) => user(admin, 'mentor', n));
  const fellows = await inParallel(fellowCount, parallel, (n) => user(admin, 'fellow', n));
  const now = new Date().toISOString();
  await inParallel(fellowCount, parallel, (n) =>
    admin.collection('mentorships').create({
      mentor: mentors[n % mentorCount].id,
      fellow: fellows[n].id,
      cohort: cohort.id,
      status: 'active',
      startedAt: now,
    }),
  );
  await inParallel(fellowCount * sessionsEach, parallel, async (i) => {
    const fellow = fellows[Math.floor(i / sessionsEach)];
    const mentor = mentors[Math.floor(i / sessionsEach) % mentorCount];
    const date = new Date(Date.now() - (i % sessionsEach) * 7 * DAY).toISOString().slice(0, 10);
    const session = await admin.collection('mentoring_sessions').create({
      mentor: mentor.id,
      fellows: [fellow.id],
      date,
      minutes: 60,
      mode: 'online',
      kind: 'individual_supervision',
      topics: ['ethics', 'სამუშაო დატვირთვა'],
      functions: ['support', 'development'],
      summary: 'ვისაუბრეთ შემთხვევის მართვასა და საზღვრებზე; შევთანხმდით შემდეგ ნაბიჯებზე.',
      actions: [{ id: 'a1', text: 'Read the ethics code', owner: fellow.id, due: date }],
      state: 'signed',
      round: 1,
      mentorSignedAt: now,
      signedAt: now,
    });
    await admin.collection('session_signatures').create({
      session: session.id,
      fellow: fellow.id,
      round: 1,
      decision: 'signed',
      signedAt: now,
    });
    if (i % 5 === 0)
      await admin
        .collection('session_notes')
        .create({ session: session.id, mentor: mentor.id, text: 'Confidential note' });
  });
  return { mentors, fellows };
}

/** A session token for `userId`, from superuser impersonation (no auth rate limit). */
export async function tokenOf(admin, userId) {
  return (await admin.collection('users').impersonate(userId, 3600)).authStore.token;
}
