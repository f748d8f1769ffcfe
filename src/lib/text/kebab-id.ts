import { z } from 'zod';

/** Lower-case words joined by hyphens, as in file names and URLs. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens, e.g. "gesi-foundations-quiz".');
