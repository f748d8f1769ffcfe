/**
 * What an attempt's reply may show, per quiz; the first is the default. Apart from the zod schema,
 * so that the hook bundle, which grades with it, carries no zod (goja lacks what zod needs).
 */
export const REVIEW_POLICIES = ['after-passing', 'after-last-attempt'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
