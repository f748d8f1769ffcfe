import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

// s3rver keeps each object as a file named `<key>._S3rver_object` in a folder per bucket.
const OBJECT_SUFFIX = '._S3rver_object';

/**
 * A local S3-compatible server (s3rver) on a free port, with one empty bucket kept in a temporary
 * folder; `stop()` removes both. It accepts s3rver's fixed key pair and does not check SigV4
 * signatures, so it proves where PocketBase sends its files, not that it signs them right.
 */
export async function startS3Server(bucket = 'ertad-backups') {
  const directory = mkdtempSync(join(tmpdir(), 'ertad-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    /** PocketBase's `backups.s3` settings for this bucket. */
    settings: {
      enabled: true,
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      accessKey: 'S3RVER',
      secret: 'S3RVER',
      forcePathStyle: true,
    },
    /** The keys of the objects in the bucket now, read from s3rver's folder rather than over S3. */
    keys() {
      return readdirSync(join(directory, bucket))
        .filter((name) => name.endsWith(OBJECT_SUFFIX))
        .map((name) => name.slice(0, -OBJECT_SUFFIX.length))
        .sort();
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
