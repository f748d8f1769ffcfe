// The demo mentor's workspace: the coordinator pairs the mentor with three fellows in two cohorts,
// then the mentor logs sessions and the fellows sign, disagree and tick actions, all through the
// mentoring routes (docs/mentoring-api.md), so rules, hooks, notifications and the audit log apply.
import { DEMO_MENTOR, DEMO_PAIRS, DEMO_SESSIONS, PAIRED_DAYS_AGO } from './demo-mentoring.mjs';

const BASE = '/api/ertad/mentoring';
const DAY = 86_400_000;
const dateDaysAgo = (days) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

async function pairAll({ admin, people, note }, coordinator) {
  const cohorts = await coordinator.pb.collection('cohorts').getFullList({ fields: 'id,name' });
  for (const pair of DEMO_PAIRS) {
    const cohort = cohorts.find((c) => c.name === pair.cohort);
    if (!cohort) {
      note(`cohort "${pair.cohort}" was not seeded; ${pair.fellow} has no mentor.`);
      continue;
    }
    const body = {
      mentor: people.get(DEMO_MENTOR).record.id,
      fellow: people.get(pair.fellow).record.id,
      cohort: cohort.id,
    };
    const { mentorship } = await coordinator.pb.send(`${BASE}/mentorships`, { method: 'POST', body });
    // The route dates a pairing today; the demo history goes back PAIRED_DAYS_AGO days, and a
    // mentorship "since today" with sessions from before it would read as an error.
    await admin
      .collection('mentorships')
      .update(mentorship.id, { startedAt: `${dateDaysAgo(PAIRED_DAYS_AGO)} 09:00:00.000Z` });
  }
}

async function logSession({ people }, plan, index) {
  const mentor = people.get(DEMO_MENTOR);
  const id = (email) => (email === 'mentor' ? mentor.record.id : people.get(email).record.id);
  const body = {
    clientKey: `demo-session-${index}`,
    date: dateDaysAgo(plan.daysAgo),
    minutes: plan.minutes,
    mode: plan.mode,
    kind: plan.kind,
    fellows: plan.fellows.map(id),
    topics: plan.topics,
    functions: plan.functions,
    summary: plan.summary,
    actions: plan.actions.map((a, i) => ({
      id: `a${i + 1}`,
      text: a.text,
      owner: id(a.owner),
      due: dateDaysAgo(-a.dueInDays),
    })),
    ...Object.fromEntries(
      ['situation', 'analysis', 'risk', 'decision', 'rationale', 'notes']
        .filter((f) => plan[f])
        .map((f) => [f, plan[f]]),
    ),
    sign: !plan.draft,
  };
  const { session } = await mentor.pb.send(`${BASE}/sessions`, { method: 'POST', body });
  if (plan.draft) return;
  for (const email of plan.sign ?? [])
    await people
      .get(email)
      .pb.send(`${BASE}/sessions/${session.id}/signature`, { method: 'POST', body: { decision: 'signed' } });
  for (const [email, comment] of Object.entries(plan.disagree ?? {}))
    await people.get(email).pb.send(`${BASE}/sessions/${session.id}/signature`, {
      method: 'POST',
      body: { decision: 'disagreed', comment },
    });
  for (const [i, action] of plan.actions.entries()) {
    if (!action.done) continue;
    const who = action.owner === 'mentor' ? mentor : people.get(action.owner);
    await who.pb.send(`${BASE}/sessions/${session.id}/actions/a${i + 1}`, { method: 'POST', body: { done: true } });
  }
  if (plan.amend)
    await mentor.pb.send(`${BASE}/sessions/${session.id}/amendments`, { method: 'POST', body: plan.amend });
}

export async function seedMentoring(site) {
  const coordinator = site.people.get('coordinator@demo.ertad.example');
  await pairAll(site, coordinator);
  for (const [index, plan] of DEMO_SESSIONS.entries()) {
    try {
      await logSession(site, plan, index);
    } catch (error) {
      site.note(`mentoring session ${index + 1} not seeded: ${error.message} ${JSON.stringify(error.response ?? {})}`);
    }
  }
}
