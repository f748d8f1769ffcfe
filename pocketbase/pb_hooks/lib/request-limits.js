// Body caps of the custom /api/ertad/ routes: each accepts what it needs, not PocketBase's 32 MB
// default, so a junk body is refused with 413 before it is read into memory. Every new route
// passes one to routerAdd (inline: the .pb.js files share one scope, so no top-level const):
//   routerAdd('POST', '/api/ertad/…', handler, $apis.requireAuth('users'),
//     require(`${__hooks}/lib/request-limits.js`).capBody('json'));

const KB = 1024;

const BODY_CAPS = {
  /** A small JSON request: a progress event, an enrolment, a form of a few fields. */
  json: 64 * KB,
  /** A quiz attempt: every answer of the longest quiz, short answers included. */
  quizAttempt: 256 * KB,
};

/** A route middleware that refuses a body over BODY_CAPS[kind] with 413 and a message naming the cap. */
function capBody(kind) {
  const bytes = BODY_CAPS[kind];
  if (!bytes) throw new Error(`capBody: no body cap "${kind}"; use one of ${Object.keys(BODY_CAPS).join(', ')}`);
  // ertadBodyCap comes with Ertad's server (pocketbase/limits.go); an upstream binary has PocketBase's own.
  return typeof ertadBodyCap === 'function' ? ertadBodyCap(bytes) : $apis.bodyLimit(bytes);
}

module.exports = { BODY_CAPS, capBody };
