// Fellows enrolled in a course, each with a session token from superuser impersonation: signing
// in by password would hit the auth rate limit (5 per 10 s per IP) long before 50 fellows.
const LANGS = ['ka', 'az', 'hy', 'en'];

async function enrolledFellow(admin, courseId, n) {
  const password = 'bench-fellow-password';
  const fellow = await admin.collection('users').create({
    email: `fellow-${n}-${Date.now()}@bench.ertad.example`,
    password,
    passwordConfirm: password,
    name: `Bench fellow ${n}`,
    role: 'fellow',
    preferred_language: LANGS[n % LANGS.length],
  });
  await admin.collection('enrolments').create({ user: fellow.id, course: courseId, status: 'active' });
  const session = await admin.collection('users').impersonate(fellow.id, 3600);
  return { id: fellow.id, token: session.authStore.token, lang: fellow.preferred_language };
}

/** `count` new fellows enrolled (active) in the course; created ten at a time. */
export async function enrolledFellows(admin, courseId, count) {
  const fellows = [];
  for (let n = 0; n < count; n += 10) {
    const batch = Array.from({ length: Math.min(10, count - n) }, (_, i) => enrolledFellow(admin, courseId, n + i));
    fellows.push(...(await Promise.all(batch)));
  }
  return fellows;
}
