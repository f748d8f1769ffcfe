/**
 * Verification codes: 28 characters from an alphabet without look-alikes (no 0/O, 1/I/L, nor U),
 * typed in seven groups of four. 30^28 ≈ 2^137, so a code cannot be guessed.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 28;
const GROUP = 4;

/** Random text of `length` characters drawn uniformly from `alphabet` by a CSPRNG. */
export type RandomString = (length: number, alphabet: string) => string;

/** `ABCD…` → `ABCD-EFGH-…`: the stored and printed form. */
export function formatCode(raw: string): string {
  return raw.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** A new code from the given random source. */
export function newCode(random: RandomString): string {
  const raw = random(CODE_LENGTH, CODE_ALPHABET);
  if (raw.length !== CODE_LENGTH || [...raw].some((c) => !CODE_ALPHABET.includes(c))) {
    throw new Error('The random source returned text outside the code alphabet');
  }
  return formatCode(raw);
}

/**
 * What a person typed, in the stored form, or null when it cannot be a code. Case, spaces and
 * dashes do not matter.
 */
export function normalizeCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
  if (raw.length !== CODE_LENGTH || [...raw].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return formatCode(raw);
}
