// The shapes of mentoring records as the routes see them (docs/mentoring-api.md).

export const MODES = ['in_person', 'online', 'phone'] as const;
export const KINDS = ['mentoring', 'individual_supervision', 'group_supervision'] as const;
export const FUNCTIONS = ['management', 'support', 'development', 'mediation'] as const;
export const STATES = ['draft', 'awaiting_fellows', 'signed', 'disputed'] as const;
/** The case-discussion fields: free text, no client names (the form says so). */
export const CASE_FIELDS = ['situation', 'analysis', 'risk', 'decision', 'rationale'] as const;

export type Mode = (typeof MODES)[number];
export type Kind = (typeof KINDS)[number];
export type SupervisionFunction = (typeof FUNCTIONS)[number];
export type SessionState = (typeof STATES)[number];

export type SessionAction = { id: string; text: string; owner: string; due: string };

/** The content of a session: what the mentor writes and everyone signs. */
export type SessionContent = {
  date: string;
  minutes: number;
  mode: Mode;
  kind: Kind;
  fellows: string[];
  topics: string[];
  functions: SupervisionFunction[];
  summary: string;
  actions: SessionAction[];
  situation: string;
  analysis: string;
  risk: string;
  decision: string;
  rationale: string;
};

export type SessionRow = SessionContent & {
  id: string;
  mentor: string;
  state: SessionState;
  round: number;
  mentorSignedAt: string;
  signedAt: string;
  clientKey: string;
  created: string;
  updated: string;
};

export type SignatureRow = {
  id: string;
  session: string;
  fellow: string;
  round: number;
  decision: 'signed' | 'disagreed';
  comment: string;
  signedAt: string;
};

export type AmendmentRow = {
  id: string;
  session: string;
  author: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string;
  created: string;
};

export type TickRow = { id: string; session: string; action: string; done: boolean; by: string };

/** A session with everything attached to it. */
export type SessionBundle = {
  session: SessionRow;
  signatures: SignatureRow[];
  amendments: AmendmentRow[];
  ticks: TickRow[];
};

export type MentorshipRow = {
  id: string;
  mentor: string;
  fellow: string;
  cohort: string;
  status: 'active' | 'ended';
  startedAt: string;
  endedAt: string;
  endReason: string;
};

export type LocalizedText = Record<string, string>;

export type ProgramRow = {
  id: string;
  slug: string;
  title: LocalizedText;
  supervisionHours: number;
  maxSessionGapDays: number;
  supervisionTopics: { id: string; title: LocalizedText }[];
};

export type CohortRow = { id: string; name: string; programId: string };

export type ValidationError = { code: string; field: string; message: string; value?: string; index?: number };
