import { inject, describe, expect, it } from 'vitest';
import { syncContent } from '../../scripts/sync-content.mjs';
import { programSchema } from '../../src/lib/content/program-schema';
import { sampleBuild, writeBuildServer } from '../fixtures/build-server';
import { pocketbaseUrl, superuser } from '../support/clients';
import { uniquePrefix } from '../support/learning';

const text = { ka: 'ტექსტი', en: 'Text' };
const programFile = {
  title: text,
  summary: text,
  description: text,
  audience: text,
  durationMonths: 9,
  supervisionHours: 12,
};

describe('programme settings for mentoring', () => {
  it('default to a 30-day gap and no topic list, and reject a malformed topic', () => {
    expect(programSchema.parse(programFile)).toMatchObject({ maxSessionGapDays: 30, supervisionTopics: [] });
    expect(
      programSchema.safeParse({ ...programFile, supervisionTopics: [{ id: 'Bad Id', title: text }] }).success,
    ).toBe(false);
    expect(programSchema.safeParse({ ...programFile, maxSessionGapDays: -1 }).success).toBe(false);
  });

  it('are synced into the programme record', async () => {
    const build = sampleBuild(uniquePrefix('programme-settings'));
    build.programs[0].maxSessionGapDays = 21;
    build.programs[0].supervisionTopics = [{ id: 'ethics', title: { ka: 'ეთიკა', en: 'Ethics' } }];
    await syncContent(pocketbaseUrl(), inject('superuserToken'), writeBuildServer(build));
    const record = await superuser()
      .collection('programs')
      .getFirstListItem(superuser().filter('slug = {:slug}', { slug: build.programs[0].slug }));
    expect(record).toMatchObject({
      maxSessionGapDays: 21,
      supervisionTopics: [{ id: 'ethics', title: { ka: 'ეთიკა', en: 'Ethics' } }],
    });
  });
});
