import { useEffect, useState } from 'preact/hooks';
import { currentSession, listRecords, quote } from '~/client/api';
import { fillPlaceholders } from '~/lib/i18n/placeholders';
import { summariseCourses, type CatalogueCourse, type CourseSummary } from '~/lib/progress/dashboard';
import { formatDate } from './translator';

interface Props {
  lang: string;
  catalogue: CatalogueCourse[];
  quizTitles: Record<string, string>;
  strings: Record<string, string>;
}

interface Attempt {
  id: string;
  score: number;
  passed: boolean;
  submitted_at: string;
  expand?: { quiz?: { slug: string } };
}

interface Reflection {
  id: string;
  module: string;
  text: string;
  updated: string;
  expand?: { course?: { slug: string } };
}

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'offline' }
  | { kind: 'ready'; courses: CourseSummary[]; attempts: Attempt[]; reflections: Reflection[] };

async function load(catalogue: CatalogueCourse[]): Promise<State> {
  const session = currentSession();
  if (!session) return { kind: 'signed-out' };
  const mine = `user = ${quote(session.id)}`;
  const [enrolments, progress, attempts, reflections] = await Promise.all([
    listRecords('enrolments', {
      filter: `${mine} && status != 'withdrawn'`,
      expand: 'course',
      fields: 'status,expand.course.slug',
    }),
    listRecords('module_progress', { filter: mine, expand: 'course', fields: 'module,status,expand.course.slug' }),
    listRecords<Attempt>('quiz_attempts', {
      filter: mine,
      sort: '-submitted_at',
      perPage: '5',
      expand: 'quiz',
      fields: 'id,score,passed,submitted_at,expand.quiz.slug',
    }),
    listRecords<Reflection>('reflections', {
      filter: mine,
      sort: '-updated',
      perPage: '5',
      expand: 'course',
      fields: 'id,module,text,updated,expand.course.slug',
    }),
  ]);
  if (!enrolments || !progress || !attempts || !reflections) return { kind: 'offline' };
  const bySlug = (rows: any[]) => rows.map((row) => ({ ...row, course: row.expand?.course?.slug }));
  return {
    kind: 'ready',
    courses: summariseCourses(catalogue, bySlug(enrolments), bySlug(progress)),
    attempts,
    reflections,
  };
}

export default function Dashboard({ lang, catalogue, quizTitles, strings }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const t = (key: string, params: Record<string, string | number> = {}) =>
    fillPlaceholders(strings[key] ?? key, params);
  useEffect(() => {
    load(catalogue).then(setState);
  }, []);

  if (state.kind === 'loading') return <p role="status">{t('dashboard.loading')}</p>;
  if (state.kind === 'signed-out')
    return (
      <p class="notice">
        {t('dashboard.signedOut')} <a href={`/${lang}/signin/`}>{t('nav.signIn')}</a>
      </p>
    );
  if (state.kind === 'offline') return <p class="alert">{t('dashboard.offline')}</p>;
  const moduleTitle = (courseSlug = '', moduleId: string) =>
    catalogue.find((c) => c.slug === courseSlug)?.modules.find((m) => m.id === moduleId);
  const date = (iso: string) => formatDate(iso, lang);

  return (
    <div class="dashboard">
      <section aria-labelledby="my-courses">
        <h2 id="my-courses">{t('dashboard.courses')}</h2>
        {state.courses.length === 0 ? (
          <p class="notice">
            {t('dashboard.noCourses')} <a href={`/${lang}/courses/`}>{t('dashboard.browse')}</a>
          </p>
        ) : (
          <ul class="cards">
            {state.courses.map(({ course, percent, next }) => (
              <li class="card" key={course.slug}>
                <h3>
                  <a href={course.url}>{course.title}</a>
                </h3>
                <label class="progress-label">
                  {t('dashboard.percent', { percent })}
                  <progress max={100} value={percent}>
                    {percent}%
                  </progress>
                </label>
                {next ? (
                  <p>
                    {t('dashboard.next')} <a href={next.url}>{next.title}</a>
                  </p>
                ) : (
                  <p>{t('dashboard.allDone')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-quizzes">
        <h2 id="my-quizzes">{t('dashboard.quizzes')}</h2>
        {state.attempts.length === 0 ? (
          <p>{t('dashboard.noQuizzes')}</p>
        ) : (
          <ul>
            {state.attempts.map((a) => (
              <li key={a.id}>
                {quizTitles[a.expand?.quiz?.slug ?? ''] ?? a.expand?.quiz?.slug}: {a.score}% —{' '}
                {a.passed ? t('quiz.passed') : t('quiz.failed')} ({date(a.submitted_at)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-reflections">
        <h2 id="my-reflections">{t('dashboard.reflections')}</h2>
        {state.reflections.length === 0 ? (
          <p>{t('dashboard.noReflections')}</p>
        ) : (
          <ul>
            {state.reflections.map((r) => {
              const module = moduleTitle(r.expand?.course?.slug, r.module);
              return (
                <li key={r.id}>
                  {module ? <a href={module.url}>{module.title}</a> : r.module} ({date(r.updated)}):{' '}
                  {r.text.slice(0, 160)}
                  {r.text.length > 160 ? '…' : ''}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
