// The mentoring routes (docs/mentoring-api.md) as the pages use them: typed replies, no SDK.
import { api, currentSession, type ApiReply } from './api';

const BASE = '/api/ertad/mentoring';

export type Localized = Record<string, string>;
export interface Person {
  id: string;
  name: string;
}
export interface Signature {
  decision: 'signed' | 'disagreed';
  comment: string;
  signedAt: string;
}
export interface Action {
  id: string;
  text: string;
  owner: string;
  due: string;
  done?: boolean;
}
export interface SessionFields {
  date: string;
  minutes: number;
  mode: string;
  kind: string;
  topics: string[];
  functions: string[];
  summary: string;
  actions: Action[];
  situation: string;
  analysis: string;
  risk: string;
  decision: string;
  rationale: string;
}
export interface Amendment {
  id: string;
  author: Person;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string;
  created: string;
}
export interface Session extends SessionFields {
  id: string;
  mentor: Person;
  fellows: (Person & { signature: Signature | null })[];
  state: 'draft' | 'awaiting_fellows' | 'signed' | 'disputed';
  round: number;
  mentorSignedAt: string;
  signedAt: string;
  clientKey: string;
  created: string;
  updated: string;
  amendments?: Amendment[];
  effective?: SessionFields;
  hasNotes?: boolean;
}
export interface Program {
  id: string;
  slug: string;
  title: Localized;
  supervisionHours: number;
  maxSessionGapDays?: number;
}
export interface Hours {
  signedMinutes: number;
  requiredMinutes: number;
}
export interface Topic {
  id: string;
  title: Localized;
}
export interface WorkspaceFellow {
  fellow: Person & { email: string };
  mentorship: { id: string; cohort: Person | null; startedAt: string };
  program: Program | null;
  hours: Hours;
  lastSessionDate: string;
  flags: { overdue: boolean; unsignedSessions: number; disputedSessions: number; openActions: number };
  progress: { courses: number; coursesCompleted: number; modules: number; modulesCompleted: number };
}
export interface Workspace {
  mentor: Person;
  fellows: WorkspaceFellow[];
  sessions: Session[];
  topics: Topic[];
  lastMode: string;
}
export interface MySessions {
  awaiting: Session[];
  sessions: Session[];
  hours: { program: Program; cohort: Person; signedMinutes: number; requiredMinutes: number }[];
  mentors: { mentorship: string; mentor: Person; cohort: Person }[];
  openActions: { session: string; action: Action }[];
}
export interface Mentorship {
  id: string;
  mentor: Person;
  fellow: Person;
  status: 'active' | 'ended';
  startedAt: string;
  endedAt: string;
  endReason: string;
}
export interface CohortOverview {
  cohort: { id: string; name: string; program: Program };
  mentorships: Mentorship[];
  fellows: {
    fellow: Person;
    mentor: Person | null;
    hours: Hours;
    lastSessionDate: string;
    belowHours: boolean;
    overGap: boolean;
  }[];
  disputed: Session[];
  mentors: Person[];
}
export interface Notification {
  id: string;
  kind: string;
  session: string;
  read: boolean;
  created: string;
  data: { actorName?: string; date?: string; actionText?: string };
}

const post = <T>(path: string, body: unknown = {}) => api<T>(`${BASE}${path}`, { method: 'POST', body });

export const mentoring = {
  workspace: () => api<Workspace>(`${BASE}/workspace`),
  me: () => api<MySessions>(`${BASE}/me`),
  session: (id: string) => api<{ session: Session }>(`${BASE}/sessions/${encodeURIComponent(id)}`),
  updateSession: (id: string, body: Record<string, unknown>) =>
    api<{ session: Session }>(`${BASE}/sessions/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  deleteSession: (id: string) => api(`${BASE}/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  mentorSign: (id: string) => post<{ session: Session }>(`/sessions/${encodeURIComponent(id)}/sign`),
  answer: (id: string, decision: 'signed' | 'disagreed', comment: string) =>
    post<{ session: Session }>(`/sessions/${encodeURIComponent(id)}/signature`, { decision, comment }),
  tick: (id: string, action: string, done: boolean) =>
    post<{ session: Session }>(`/sessions/${encodeURIComponent(id)}/actions/${encodeURIComponent(action)}`, { done }),
  amend: (id: string, changes: Record<string, unknown>, reason: string) =>
    post<{ session: Session }>(`/sessions/${encodeURIComponent(id)}/amendments`, { changes, reason }),
  notes: (id: string) => api<{ text: string; updated: string }>(`${BASE}/sessions/${encodeURIComponent(id)}/notes`),
  saveNotes: (id: string, text: string) =>
    api<{ text: string }>(`${BASE}/sessions/${encodeURIComponent(id)}/notes`, { method: 'PUT', body: { text } }),
  cohorts: () => api<{ cohorts: { id: string; name: string; program: Program }[] }>(`${BASE}/cohorts`),
  overview: (cohort: string) => api<CohortOverview>(`${BASE}/cohorts/${encodeURIComponent(cohort)}/overview`),
  pair: (body: { mentor: string; fellow: string; cohort: string }) =>
    post<{ mentorship: Mentorship }>('/mentorships', body),
  endMentorship: (id: string, reason: string) => post(`/mentorships/${encodeURIComponent(id)}/end`, { reason }),
  repair: (id: string, mentor: string, reason: string) =>
    post(`/mentorships/${encodeURIComponent(id)}/repair`, { mentor, reason }),
  readAll: () => post<{ updated: number }>('/notifications/read-all'),
};

export type { ApiReply };

/** Fetches a CSV with the person's token and hands it to the browser as a download. */
export async function downloadCsv(path: string, filename: string): Promise<boolean> {
  const reply = await fetch(`${BASE}${path}`, {
    headers: { Authorization: currentSession()?.token ?? '' },
  }).catch(() => null);
  if (!reply?.ok) return false;
  const url = URL.createObjectURL(await reply.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
