import { useEffect, useRef, useState } from 'preact/hooks';
import { currentSession, listRecords, quote, type ApiReply } from '~/client/api';
import {
  downloadCsv,
  mentoring,
  type CohortOverview,
  type Mentorship,
  type Person,
  type Program,
} from '~/client/mentoring-api';
import { replyMessages } from '~/lib/session-form/error-keys';
import HoursBar from './HoursBar';
import SessionList from './SessionList';
import { formatDate, translator, type Translate } from './translator';
import '~/styles/mentoring.css';

interface Props {
  lang: string;
  strings: Record<string, string>;
}

type Cohort = { id: string; name: string; program: Program };
type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'not-coordinator' }
  | { kind: 'offline' }
  | { kind: 'ready'; cohorts: Cohort[] };

export default function CoordinatorMentoring({ lang, strings }: Props) {
  const t = translator(strings);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [cohortId, setCohortId] = useState('');
  const [overview, setOverview] = useState<CohortOverview | null>(null);
  const [enrolled, setEnrolled] = useState<Person[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    const me = currentSession();
    if (!me) return setState({ kind: 'signed-out' });
    if (me.role !== 'coordinator') return setState({ kind: 'not-coordinator' });
    mentoring.cohorts().then((reply) => {
      if (!reply.ok) return setState({ kind: reply.status === 403 ? 'not-coordinator' : 'offline' });
      setState({ kind: 'ready', cohorts: reply.body.cohorts });
      if (reply.body.cohorts[0]) setCohortId(reply.body.cohorts[0].id);
    });
  }, []);
  // The cohort whose data was asked for last: an answer for one chosen before it arrives late.
  const shown = useRef('');
  const reload = () => {
    shown.current = cohortId;
    return cohortId
      ? Promise.all([mentoring.overview(cohortId), enrolledFellows(cohortId)]).then(([reply, fellows]) => {
          if (shown.current !== cohortId) return;
          setEnrolled(fellows);
          if (reply.ok) setOverview(reply.body);
          else
            setMessage({
              ok: false,
              text: t(reply.status === 0 ? 'coordinator.offline' : replyMessages(reply.status, reply.body)[0].key),
            });
        })
      : Promise.resolve();
  };
  useEffect(() => {
    setOverview(null);
    reload();
  }, [cohortId]);

  /** Shows the route's outcome and reloads the cohort on success; true when it succeeded. */
  async function settle(reply: ApiReply<unknown, unknown>, okText: string) {
    if (reply.ok) {
      setMessage({ ok: true, text: okText });
      await reload();
      return true;
    }
    const lines =
      reply.status === 0
        ? [t('coordinator.offline')]
        : replyMessages(reply.status, reply.body).map((m) => t(m.key, m.params));
    setMessage({ ok: false, text: lines.join(' ') });
    return false;
  }

  if (state.kind === 'loading') return <p role="status">{t('coordinator.loading')}</p>;
  if (state.kind === 'signed-out')
    return (
      <p class="notice">
        {t('coordinator.signedOut')} <a href={`/${lang}/signin/`}>{t('nav.signIn')}</a>
      </p>
    );
  if (state.kind === 'not-coordinator') return <p class="notice">{t('coordinator.notCoordinator')}</p>;
  if (state.kind === 'offline') return <p class="alert">{t('coordinator.offline')}</p>;
  if (state.cohorts.length === 0) return <p class="notice">{t('coordinator.noCohorts')}</p>;

  const active = overview?.mentorships.filter((m) => m.status === 'active') ?? [];
  const ended = overview?.mentorships.filter((m) => m.status === 'ended') ?? [];
  // Fellows to pair: enrolled in the cohort or paired before, without an active mentor now.
  const paired = new Set(active.map((m) => m.fellow.id));
  const unpaired = [
    ...new Map([...enrolled, ...(overview?.fellows.map((f) => f.fellow) ?? [])].map((p) => [p.id, p])).values(),
  ].filter((p) => !paired.has(p.id));
  const hoursOf = (fellowId: string) => overview?.fellows.find((f) => f.fellow.id === fellowId);
  const cohort = state.cohorts.find((c) => c.id === cohortId);

  return (
    <div class="coordination stack">
      <label>
        {t('coordinator.cohort')}
        <select value={cohortId} onChange={(e) => setCohortId(e.currentTarget.value)}>
          {state.cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} · {c.program.title[lang] || c.program.title.ka || c.program.slug}
            </option>
          ))}
        </select>
      </label>
      <p class="toolbar">
        <button
          type="button"
          class="button secondary"
          aria-describedby="export-hint"
          onClick={async () => {
            const ok = await downloadCsv(
              `/export/cohorts/${encodeURIComponent(cohortId)}/log.csv`,
              `ertad-${(cohort?.name ?? cohortId).replace(/[^\p{L}\p{N}]+/gu, '-')}-mentoring.csv`,
            );
            if (!ok) setMessage({ ok: false, text: t('export.failed') });
          }}
        >
          {t('coordinator.export')}
        </button>
        <span class="hint" id="export-hint">
          {t('coordinator.exportHint')}
        </span>
      </p>
      <div role="status" aria-live="polite">
        {message?.ok && <p class="notice">{message.text}</p>}
      </div>
      <div role="alert">{message && !message.ok && <p class="alert">{message.text}</p>}</div>
      {!overview ? (
        <p role="status">{t('coordinator.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="attention">
            <h2 id="attention">{t('coordinator.attention')}</h2>
            <h3>{t('coordinator.belowHours')}</h3>
            <PeopleList t={t} lang={lang} rows={overview.fellows.filter((f) => f.belowHours)} />
            <h3>{t('coordinator.overGap')}</h3>
            <PeopleList t={t} lang={lang} rows={overview.fellows.filter((f) => f.overGap)} />
            <h3>{t('coordinator.disputed')}</h3>
            {overview.disputed.length === 0 ? (
              <p>{t('coordinator.noDisputes')}</p>
            ) : (
              <SessionList lang={lang} t={t} sessions={overview.disputed} showFellows />
            )}
          </section>

          <section aria-labelledby="mentorships">
            <h2 id="mentorships">{t('coordinator.mentorships')}</h2>
            {active.length === 0 ? (
              <p>{t('coordinator.noMentorships')}</p>
            ) : (
              <ul class="fellow-cards">
                {active.map((m) => (
                  <li class="card" key={m.id}>
                    <h3>{t('coordinator.fellowRow', { fellow: m.fellow.name, mentor: m.mentor.name })}</h3>
                    <p class="facts-line">{t('coordinator.since', { date: formatDate(m.startedAt, lang) })}</p>
                    {hoursOf(m.fellow.id) && (
                      <HoursBar
                        lang={lang}
                        t={t}
                        signed={hoursOf(m.fellow.id)!.hours.signedMinutes}
                        required={hoursOf(m.fellow.id)!.hours.requiredMinutes}
                      />
                    )}
                    <ChangeMentorship t={t} mentorship={m} mentors={overview.mentors} settle={settle} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <PairForm t={t} cohortId={cohortId} fellows={unpaired} mentors={overview.mentors} settle={settle} />

          {ended.length > 0 && (
            <section aria-labelledby="history">
              <h2 id="history">{t('coordinator.history')}</h2>
              <ul>
                {ended.map((m) => (
                  <li key={m.id}>
                    {t('coordinator.fellowRow', { fellow: m.fellow.name, mentor: m.mentor.name })} ·{' '}
                    {t('coordinator.since', { date: formatDate(m.startedAt, lang) })} ·{' '}
                    {t('coordinator.ended', { date: formatDate(m.endedAt, lang), reason: m.endReason })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** The cohort's enrolled fellows (coordinators may list enrolments and users). */
async function enrolledFellows(cohortId: string): Promise<Person[]> {
  const rows = await listRecords<{ expand?: { user?: Person & { role: string } } }>('enrolments', {
    filter: `cohort = ${quote(cohortId)} && status != 'withdrawn'`,
    expand: 'user',
    fields: 'expand.user.id,expand.user.name,expand.user.role',
  });
  const people = (rows ?? []).flatMap((row) => (row.expand?.user?.role === 'fellow' ? [row.expand.user] : []));
  return [...new Map(people.map((p) => [p.id, { id: p.id, name: p.name }])).values()];
}

function PeopleList({ t, lang, rows }: { t: Translate; lang: string; rows: CohortOverview['fellows'] }) {
  if (rows.length === 0) return <p>{t('coordinator.nobody')}</p>;
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.fellow.id}>
          {t('coordinator.fellowRow', {
            fellow: row.fellow.name,
            mentor: row.mentor?.name ?? t('coordinator.noMentor'),
          })}{' '}
          ·{' '}
          {row.lastSessionDate
            ? t('coordinator.lastSession', { date: formatDate(row.lastSessionDate, lang) })
            : t('mentor.noSession')}
        </li>
      ))}
    </ul>
  );
}

type Settle = (reply: ApiReply<unknown, unknown>, okText: string) => Promise<boolean>;

function PairForm({
  t,
  cohortId,
  fellows,
  mentors,
  settle,
}: {
  t: Translate;
  cohortId: string;
  fellows: Person[];
  mentors: Person[];
  settle: Settle;
}) {
  const [fellow, setFellow] = useState('');
  const [mentor, setMentor] = useState('');
  const [problem, setProblem] = useState('');
  const name = (list: Person[], id: string) => list.find((p) => p.id === id)?.name ?? '';

  async function submit(event: Event) {
    event.preventDefault();
    if (!fellow || !mentor) return setProblem(t('coordinator.pairMissing'));
    setProblem('');
    // Named from the lists the coordinator chose from, before the reply reloads them.
    const paired = t('coordinator.paired', { fellow: name(fellows, fellow), mentor: name(mentors, mentor) });
    if (await settle(await mentoring.pair({ fellow, mentor, cohort: cohortId }), paired)) {
      setFellow('');
      setMentor('');
    }
  }

  return (
    <form class="stack" onSubmit={submit} noValidate aria-labelledby="pair-title">
      <h2 id="pair-title">{t('coordinator.pairTitle')}</h2>
      <p class="hint">{t('coordinator.pairHelp')}</p>
      {problem && (
        <p class="alert" role="alert">
          {problem}
        </p>
      )}
      <PersonSelect
        label={t('coordinator.fellow')}
        choose={t('coordinator.choose')}
        people={fellows}
        value={fellow}
        onChange={setFellow}
      />
      <PersonSelect
        label={t('coordinator.mentor')}
        choose={t('coordinator.choose')}
        people={mentors}
        value={mentor}
        onChange={setMentor}
      />
      <button type="submit" class="button">
        {t('coordinator.pair')}
      </button>
    </form>
  );
}

/** Re-pair (a new mentor; the old mentorship ends with the reason) or end, never overwrite. */
function ChangeMentorship({
  t,
  mentorship,
  mentors,
  settle,
}: {
  t: Translate;
  mentorship: Mentorship;
  mentors: Person[];
  settle: Settle;
}) {
  const [mentor, setMentor] = useState('');
  const [reason, setReason] = useState('');
  const others = mentors.filter((m) => m.id !== mentorship.mentor.id);
  const id = `m-${mentorship.id}`;

  return (
    <details class="more">
      <summary>
        {t('coordinator.repair')} / {t('coordinator.end')}
      </summary>
      <div class="stack">
        <label>
          {t('coordinator.reason')}
          <textarea id={`${id}-reason`} rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <label>
          {t('coordinator.repairTitle', { fellow: mentorship.fellow.name })}
          <select value={mentor} onChange={(e) => setMentor(e.currentTarget.value)}>
            <option value="">{t('coordinator.choose')}</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <p class="toolbar">
          <button
            type="button"
            class="button"
            onClick={async () => {
              if (!mentor) return;
              const name = others.find((p) => p.id === mentor)?.name ?? '';
              await settle(
                await mentoring.repair(mentorship.id, mentor, reason.trim()),
                t('coordinator.repaired', { fellow: mentorship.fellow.name, mentor: name }),
              );
            }}
          >
            {t('coordinator.repair')}
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={async () =>
              settle(await mentoring.endMentorship(mentorship.id, reason.trim()), t('coordinator.ended.done'))
            }
          >
            {t('coordinator.end')}
          </button>
        </p>
      </div>
    </details>
  );
}

/** A labelled choice of one person, empty until chosen. */
function PersonSelect(props: {
  label: string;
  choose: string;
  people: Person[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.choose}</option>
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
