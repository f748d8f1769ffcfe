// Load tests and the shared integration server send everything from 127.0.0.1, as many people at
// once; the production rate limits (per IP and per account) would throttle them into failures
// that measure nothing. Excluding loopback keeps the limits on for every other address.
import PocketBase from 'pocketbase';

/** Excludes 127.0.0.1 and ::1 from the rate limits of the PocketBase at `url`, as the superuser whose token is given. */
export async function exemptLoopbackFromRateLimits(url, superuserToken) {
  const pb = new PocketBase(url);
  pb.authStore.save(superuserToken);
  const { rateLimits } = await pb.settings.getAll();
  await pb.settings.update({ rateLimits: { ...rateLimits, excludedIPs: ['127.0.0.1', '::1'] } });
}
