import { hash, verify, type Options } from "@node-rs/argon2";

// argon2id (bcrypt ignores everything after 72 bytes). Parameters: OWASP's second
// recommended set (19 MiB, 2 iterations), ~30 ms on these machines.
// `Algorithm` is a const enum (unusable with isolatedModules): 2 is Argon2id.
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("kein-echtes-passwort");
  return dummyHash;
}
