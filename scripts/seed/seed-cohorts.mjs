// The demo cohorts, created by their coordinator, who enrols the fellows through
// POST /api/ertad/cohorts/{id}/enrol as the cohort screen does.
import { DEMO_COHORTS } from './demo-cohorts.mjs';

export async function seedCohorts({ people, ids, note }) {
  for (const cohort of DEMO_COHORTS) {
    const program = ids.programs.get(cohort.program);
    if (!program) {
      note(`programme "${cohort.program}" is not in the build; skipped the cohort "${cohort.name}".`);
      continue;
    }
    const coordinator = people.get(cohort.coordinator);
    const { name, starts, ends } = cohort;
    const record = await coordinator.pb
      .collection('cohorts')
      .create({ program, name, starts, ends, coordinator: coordinator.record.id });
    for (const email of cohort.fellows) {
      const body = { user: people.get(email).record.id };
      await coordinator.pb.send(`/api/ertad/cohorts/${record.id}/enrol`, { method: 'POST', body });
    }
  }
}
