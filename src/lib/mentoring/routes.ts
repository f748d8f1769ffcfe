// What the mentoring hooks (pocketbase/pb_hooks/mentoring*.pb.js) call: one function per route.
export {
  createSession,
  updateSession,
  deleteSession,
  signSession,
  fellowDecision,
  tickAction,
  amendSession,
  getSession,
  readNotes,
  writeNotes,
} from './sessions';
export { mentorWorkspace, fellowSummary, listCohorts, cohortOverview } from './summaries';
export { pair, endMentorship, repair } from './mentorships';
export { exportMentorLog, exportCohortLog } from './export-csv';
export { notificationMail } from './mail';
export { notifyDueActions } from './due-actions';
export { validateSession } from './validate';
export { minutesByFellow } from './hours';
