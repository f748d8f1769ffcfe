import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { syncContent } from '../../scripts/sync-content.mjs';
import { RIGHT_ANSWERS, sampleBuild, sampleQuiz, writeBuildServer } from '../fixtures/build-server';
import { pocketbaseUrl, signedInAs, superuser } from '../support/clients';
import { enrolSelf, newKey, postJson, uniquePrefix } from '../support/learning';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

const sync = (dir: string) => syncContent(pocketbaseUrl(), inject('superuserToken'), dir);

async function stored(collection: string, slug: string) {
  return superuser()
    .collection(collection)
    .getFullList({ filter: superuser().filter('slug = {:slug}', { slug }) });
}

describe('scripts/sync-content.mjs', () => {
  it('creates programmes, courses and quizzes the first time and touches nothing the second', async () => {
    const build = sampleBuild(uniquePrefix('sync'));
    const dir = writeBuildServer(build);
    expect(await sync(dir)).toMatchObject({
      programs: { created: [build.programs[0].slug] },
      courses: { created: [build.courses[0].slug] },
      quizzes: { created: [build.quizzes[0].slug] },
    });
    const before = await stored('quizzes', build.quizzes[0].slug);
    expect(await sync(dir)).toMatchObject({
      programs: { created: [], updated: [], unchanged: [build.programs[0].slug] },
      courses: { created: [], updated: [], unchanged: [build.courses[0].slug] },
      quizzes: { created: [], updated: [], unchanged: [build.quizzes[0].slug] },
    });
    const after = await stored('quizzes', build.quizzes[0].slug);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before[0].id, version: before[0].version, updated: before[0].updated });
  });

  it('stores the course rules and relations, and a public copy of the quiz without keys', async () => {
    const build = sampleBuild(uniquePrefix('sync'));
    await sync(writeBuildServer(build));
    const [program] = await stored('programs', build.programs[0].slug);
    const [course] = await stored('courses', build.courses[0].slug);
    const [quiz] = await stored('quizzes', build.quizzes[0].slug);
    expect(program).toMatchObject({ title: build.programs[0].title, supervisionHours: 24 });
    expect(course).toMatchObject({ programs: [program.id], modules: build.courses[0].modules });
    // The quiz's pass mark is the only one.
    expect(course).not.toHaveProperty('passMark');
    expect(quiz).toMatchObject({
      course: course.id,
      passMark: 75,
      maxAttempts: 3,
      definition: build.quizzes[0].definition,
    });
    expect(quiz.public.questions[0]).toEqual({
      id: 'q1',
      type: 'single',
      prompt: build.quizzes[0].definition.questions[0].prompt,
      options: [
        { id: 'a', text: expect.any(Object) },
        { id: 'b', text: expect.any(Object) },
      ],
    });
    expect(JSON.stringify(quiz.public)).not.toMatch(/correct|feedback|explanation|accepted|"answer"/);
  });

  it('gives a changed quiz a new version and leaves earlier attempts with the version they answered', async () => {
    const build = sampleBuild(uniquePrefix('sync'));
    await sync(writeBuildServer(build));
    const [quiz] = await stored('quizzes', build.quizzes[0].slug);
    const [course] = await stored('courses', build.courses[0].slug);
    const fellow = await signedInAs('fellow');
    await enrolSelf(fellow.pb, fellow.record.id, course.id);
    const path = `/api/ertad/quizzes/${quiz.slug}/attempts`;
    const before = await postJson(fellow.pb, path, { answers: RIGHT_ANSWERS, idempotencyKey: newKey() });

    const edited = {
      ...build,
      quizzes: [{ ...build.quizzes[0], definition: sampleQuiz(quiz.slug, { passMark: 50 }) }],
    };
    expect((await sync(writeBuildServer(edited))).quizzes).toMatchObject({ updated: [quiz.slug] });
    const [changed] = await stored('quizzes', quiz.slug);
    expect(changed).toMatchObject({ id: quiz.id, passMark: 50 });
    expect(changed.version).not.toBe(quiz.version);

    const after = await postJson(fellow.pb, path, { answers: RIGHT_ANSWERS, idempotencyKey: newKey() });
    const attempts = await superuser()
      .collection('quiz_attempts')
      .getFullList({ filter: `quiz = "${quiz.id}"`, sort: 'attempt_number' });
    expect(attempts.map((a) => [a.id, a.quiz_version])).toEqual([
      [before.body.attemptId, quiz.version],
      [after.body.attemptId, changed.version],
    ]);
  });

  it('refuses a build whose course names a programme the build does not have, writing nothing', async () => {
    const build = sampleBuild(uniquePrefix('sync'));
    const broken = { ...build, courses: [{ ...build.courses[0], programs: ['no-such-program'] }] };
    await expect(sync(writeBuildServer(broken))).rejects.toThrow('names unknown program "no-such-program"');
    expect(await stored('programs', build.programs[0].slug)).toEqual([]);
  });

  it('runs from the command line with superuser credentials and stores what it reports', async () => {
    const build = sampleBuild(uniquePrefix('sync-cli'));
    const args = [
      'scripts/sync-content.mjs',
      '--url',
      pocketbaseUrl(),
      '--email',
      TEST_SUPERUSER.email,
      '--password',
      TEST_SUPERUSER.password,
    ];
    const result = spawnSync(process.execPath, [...args, '--build', writeBuildServer(build)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('sync: quizzes: 1 created, 0 updated, 0 unchanged');
    const [program] = await stored('programs', build.programs[0].slug);
    const [course] = await stored('courses', build.courses[0].slug);
    const [quiz] = await stored('quizzes', build.quizzes[0].slug);
    expect(course).toMatchObject({ programs: [program.id], modules: build.courses[0].modules });
    expect(quiz).toMatchObject({ course: course.id, definition: build.quizzes[0].definition });
  });
});
