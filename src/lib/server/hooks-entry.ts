// Everything PocketBase's hooks use from src/lib, bundled into pocketbase/pb_hooks/generated/ertad-lib.cjs.
export { certificateDocument } from '../certificates/document';
export { issueEarnedCertificates, issueEarnedProgramCertificates } from '../certificates/issue';
export { issueManually, revokeCertificate } from '../certificates/manage';
export { verifyCode } from '../certificates/verify';
export { DEFAULT_LANG } from '../i18n/languages';
export { negotiateLanguage } from '../i18n/negotiate';
export { enrolInCohort } from '../records/enrol-cohort';
export { quizRecordFields } from '../records/quiz-record';
export { recordProgress } from '../records/record-progress';
export { prepareAttempt, storeAttempt } from '../records/submit-attempt';
export { certificateStore } from './certificate-store';
export { actorId, learningStore } from './learning-store';
export { mentoringRoute, notifyDue } from './mentoring-route';
export { sendJson } from './send-json';
