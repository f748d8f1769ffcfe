import type { AuditEntry, Reply } from '../records/store';
import type {
  AmendmentRow,
  CohortRow,
  MentorshipRow,
  ProgramRow,
  SessionBundle,
  SessionRow,
  SignatureRow,
  ValidationError,
} from './types';

export type UserRow = { id: string; name: string; email: string; role: string; lang: string };

export type NotificationKind =
  | 'session_awaiting_signature'
  | 'fellow_signed'
  | 'fellow_disagreed'
  | 'session_signed'
  | 'session_amended'
  | 'action_due';

export type NewNotification = {
  user: string;
  kind: NotificationKind;
  session: string;
  actor: string;
  data: { actorName: string; date: string; actionId?: string; actionText?: string };
};

export type FellowProgress = { courses: number; coursesCompleted: number; modules: number; modulesCompleted: number };

/** Which sessions to load: one of them. */
export type SessionScope =
  | { id: string }
  | { mentor: string }
  | { fellow: string }
  | { cohort: string }
  /** The mentor's own sessions and all sessions of their current (active) fellows. */
  | { workspace: string }
  | { ids: string[] };

/**
 * The reads and writes of the mentoring routes. src/lib/server/mentoring-store.ts
 * implements it on PocketBase inside one transaction.
 */
export interface MentoringStore {
  findUser(id: string): UserRow | null;
  usersByIds(ids: string[]): UserRow[];
  usersByRole(role: string): UserRow[];
  mentorships(filter: {
    mentor?: string;
    fellow?: string;
    cohort?: string;
    status?: 'active' | 'ended';
  }): MentorshipRow[];
  findMentorship(id: string): MentorshipRow | null;
  saveMentorship(row: Omit<MentorshipRow, 'id'> & { id?: string }): string;
  findCohort(id: string): CohortRow | null;
  /** Users enrolled in any course through this cohort. */
  cohortMembers(cohortId: string): string[];
  cohorts(): CohortRow[];
  findProgram(id: string): ProgramRow | null;
  /** `light`: without the long texts (summary and case fields come back empty), for counting. */
  loadSessions(scope: SessionScope, light?: boolean): SessionBundle[];
  findSessionIdByKey(mentor: string, clientKey: string): string | null;
  saveSession(row: Omit<SessionRow, 'id' | 'created' | 'updated'> & { id?: string }): string;
  deleteSession(id: string): void;
  saveSignature(row: Omit<SignatureRow, 'id'>): string;
  createAmendment(row: Omit<AmendmentRow, 'id' | 'created'>): string;
  saveTick(session: string, action: string, done: boolean, by: string): void;
  findNotes(session: string): { text: string; updated: string } | null;
  /** Notes by session id, for the coordinator's export. */
  notesOf(sessionIds: string[]): Map<string, string>;
  saveNotes(session: string, mentor: string, text: string): { text: string; updated: string };
  /** Stores an in-app notification (and queues its email). */
  notify(notification: NewNotification): void;
  /** Whether an action_due notification was already made for this action. */
  hasNotification(user: string, kind: NotificationKind, session: string, actionId: string): boolean;
  progressOf(fellowIds: string[]): Map<string, FellowProgress>;
  audit(entry: AuditEntry): void;
}

export type Actor = { id: string; role: string };

/** An error reply with the code the UI translates (docs/mentoring-api.md). */
export function fail(status: number, code: string, message: string, errors?: ValidationError[]): Reply {
  return { status, body: { status, code, message, data: {}, ...(errors ? { errors } : {}) } };
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
