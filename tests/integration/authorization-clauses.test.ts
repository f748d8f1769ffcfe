import type { RecordModel } from 'pocketbase';
import { beforeAll } from 'vitest';
import { standardActors, type StandardActor } from '../support/actors';
import { describeClauses, type TableWorld } from '../support/authorization-table';
import { superuser } from '../support/clients';
import { syncedCourse, uniquePrefix } from '../support/learning';

// Each row changes one thing a rule clause guards, so removing any single clause fails a row.
// The actor × operation table is in authorization-matrix.test.ts.

let world: TableWorld<StandardActor>;
let programId: string;
let courseId: string;
const admin = () => superuser();
const id = (actor: StandardActor) => world.actors[actor].id!;

beforeAll(async () => {
  world = { admin, actors: await standardActors() };
  const { program, course } = await syncedCourse('clauses');
  programId = program.id;
  courseId = course.id;
});

async function newCourse() {
  const course = await admin()
    .collection('courses')
    .create({
      slug: uniquePrefix('clause-course'),
      title: { ka: 'კურსი', en: 'Course' },
      version: 'v1',
      modules: [],
    });
  return course.id as string;
}

async function newCohort() {
  return (
    await admin()
      .collection('cohorts')
      .create({ program: programId, name: uniquePrefix('cohort') })
  ).id as string;
}

/** Fellow A's enrolment in a new course, made by a superuser, with the given status. */
async function enrolmentOfA(status: 'active' | 'withdrawn' | 'completed' = 'active'): Promise<RecordModel> {
  return admin()
    .collection('enrolments')
    .create({ user: id('fellow A'), course: await newCourse(), status });
}

/** Fellow A's reflection on a new prompt of the synced course. */
async function reflectionOfA(): Promise<RecordModel> {
  return admin()
    .collection('reflections')
    .create({
      user: id('fellow A'),
      course: courseId,
      module: 'what-gesi-means',
      prompt_id: uniquePrefix('prompt'),
      text: 'ჩემი ფიქრები',
    });
}

describeClauses<StandardActor>(
  'enrolments',
  [
    {
      operation: 'create',
      actor: 'fellow A',
      does: 'enrol themselves in a course',
      allowed: true,
      body: async () => ({ user: id('fellow A'), course: await newCourse(), status: 'active' }),
    },
    {
      operation: 'create',
      actor: 'fellow A',
      does: 'enrol fellow B',
      allowed: false,
      body: async () => ({ user: id('fellow B'), course: await newCourse(), status: 'active' }),
    },
    {
      operation: 'create',
      actor: 'fellow A',
      does: 'enrol themselves as having completed a course',
      allowed: false,
      body: async () => ({ user: id('fellow A'), course: await newCourse(), status: 'completed' }),
    },
    {
      operation: 'create',
      actor: 'fellow A',
      does: 'take a place in a cohort',
      allowed: false,
      body: async () => ({
        user: id('fellow A'),
        course: await newCourse(),
        cohort: await newCohort(),
        status: 'active',
      }),
    },
    {
      operation: 'create',
      actor: 'coordinator',
      does: 'enrol fellow A into a cohort',
      allowed: true,
      body: async () => ({
        user: id('fellow A'),
        course: await newCourse(),
        cohort: await newCohort(),
        status: 'active',
      }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'withdraw from their course',
      allowed: true,
      target: () => enrolmentOfA('active'),
      change: () => ({ status: 'withdrawn' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 're-enrol in a course they withdrew from',
      allowed: true,
      target: () => enrolmentOfA('withdrawn'),
      change: () => ({ status: 'active' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'mark their enrolment completed',
      allowed: false,
      target: () => enrolmentOfA('active'),
      change: () => ({ status: 'completed' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'withdraw from a course they completed',
      allowed: false,
      target: () => enrolmentOfA('completed'),
      change: () => ({ status: 'withdrawn' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'move their enrolment to another course',
      allowed: false,
      target: () => enrolmentOfA('active'),
      change: async () => ({ course: await newCourse() }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'move their enrolment into a cohort',
      allowed: false,
      target: () => enrolmentOfA('active'),
      change: async () => ({ cohort: await newCohort() }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'hand their enrolment to fellow B',
      allowed: false,
      target: () => enrolmentOfA('active'),
      change: () => ({ user: id('fellow B') }),
    },
    {
      operation: 'update',
      actor: 'coordinator',
      does: "move fellow A's enrolment to another course",
      allowed: true,
      target: () => enrolmentOfA('active'),
      change: async () => ({ course: await newCourse() }),
    },
    {
      operation: 'update',
      actor: 'coordinator',
      does: "move fellow A's enrolment into a cohort",
      allowed: true,
      target: () => enrolmentOfA('active'),
      change: async () => ({ cohort: await newCohort() }),
    },
    {
      operation: 'update',
      actor: 'coordinator',
      does: "mark fellow A's enrolment completed",
      allowed: true,
      target: () => enrolmentOfA('active'),
      change: () => ({ status: 'completed' }),
    },
    {
      operation: 'update',
      actor: 'coordinator',
      does: "hand fellow A's enrolment to fellow B",
      allowed: false,
      target: () => enrolmentOfA('active'),
      change: () => ({ user: id('fellow B') }),
    },
  ],
  () => world,
);

describeClauses<StandardActor>(
  'reflections',
  [
    {
      operation: 'create',
      actor: 'fellow A',
      does: 'write a reflection in their own journal',
      allowed: true,
      body: async () => ({
        user: id('fellow A'),
        course: courseId,
        module: 'what-gesi-means',
        prompt_id: uniquePrefix('prompt'),
        text: 'ფიქრი',
      }),
    },
    {
      operation: 'create',
      actor: 'fellow A',
      does: "write a reflection in fellow B's journal",
      allowed: false,
      body: async () => ({
        user: id('fellow B'),
        course: courseId,
        module: 'what-gesi-means',
        prompt_id: uniquePrefix('prompt'),
        text: 'ფიქრი',
      }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'edit the text of their reflection',
      allowed: true,
      target: reflectionOfA,
      change: () => ({ text: 'გადაწერილი' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'move their reflection to another course',
      allowed: false,
      target: reflectionOfA,
      change: async () => ({ course: await newCourse() }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'move their reflection to another module',
      allowed: false,
      target: reflectionOfA,
      change: () => ({ module: 'gesi-check' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'move their reflection to another prompt',
      allowed: false,
      target: reflectionOfA,
      change: () => ({ prompt_id: uniquePrefix('other-prompt') }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'hand their reflection to fellow B',
      allowed: false,
      target: reflectionOfA,
      change: () => ({ user: id('fellow B') }),
    },
  ],
  () => world,
);
