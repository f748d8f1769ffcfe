// Everything PocketBase's hooks use from src/lib, bundled into pocketbase/pb_hooks/generated/ertad-lib.cjs.
export { negotiateLanguage } from '../i18n/negotiate';
export { enrolInCohort } from '../records/enrol-cohort';
export { quizRecordFields } from '../records/quiz-record';
export { recordProgress } from '../records/record-progress';
export { prepareAttempt, storeAttempt } from '../records/submit-attempt';
export * as mentoring from '../mentoring/routes';
