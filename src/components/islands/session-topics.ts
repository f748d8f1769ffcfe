import { listRecords } from '~/client/api';
import type { Topic } from '~/client/mentoring-api';

/** Every programme's supervision topics (programmes are public), to show topic ids by their title. */
export async function loadTopicTitles(lang: string): Promise<Map<string, string>> {
  const programs = await listRecords<{ supervisionTopics?: Topic[] | null }>('programs', {
    fields: 'supervisionTopics',
  });
  const titles = new Map<string, string>();
  for (const program of programs ?? [])
    for (const topic of program.supervisionTopics ?? [])
      titles.set(topic.id, topic.title[lang] || topic.title.ka || topic.title.en || topic.id);
  return titles;
}
