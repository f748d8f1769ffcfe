// Where the PocketBase server binary is: PB_BIN when set, else the one `npm install` builds.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const builtBinary = fileURLToPath(new URL('../../pocketbase/bin/pocketbase', import.meta.url));

export function pocketbaseBinary() {
  const bin = process.env.PB_BIN || builtBinary;
  if (!existsSync(bin)) {
    throw new Error(
      process.env.PB_BIN
        ? `PB_BIN points to ${bin}, which does not exist. Set PB_BIN to a PocketBase binary (v0.39 or newer).`
        : `The PocketBase binary ${bin} is missing. Run \`npm install\` (it builds it with Go), or set PB_BIN to a downloaded PocketBase binary.`,
    );
  }
  return bin;
}
