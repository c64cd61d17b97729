import { hash, verify, type Options } from "@node-rs/argon2";

// argon2id (bcrypt ignores everything after 72 bytes). Parameters: OWASP's second
// recommended set (19 MiB, 2 iterations), ~30 ms on these machines.
// `Algorithm` is a const enum (unusable with isolatedModules): 2 is Argon2id.
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

// How many argon2 verifications ran to the end (a malformed hash throws at once and does
// not count). Read by the tests only: it shows which login paths pay for a full hash
// without timing anything.
let completedVerifications = 0;
export const verificationCounter = { read: () => completedVerifications };

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    const valid = await verify(passwordHash, password.normalize("NFC"));
    completedVerifications++;
    return valid;
  } catch {
    return false;
  }
}

// Verified against when there is no hash to check, so every failed login takes the same time.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("kein-echtes-passwort");
  return dummyHash;
}

const ARGON2_HASH = /^\$argon2(?:id|i|d)\$/;

/**
 * A login's password check. Without an argon2 hash — no such account, or an invited one
 * whose marker (`NO_PASSWORD`) is no hash at all — it verifies against the dummy hash and
 * answers false: every path costs one full argon2 verification, so the answer's timing does
 * not tell which accounts exist or are still waiting for a password (issue 19, finding 5).
 */
export async function checkLoginPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (stored && ARGON2_HASH.test(stored)) return verifyPassword(stored, password);
  await verifyPassword(await dummyPasswordHash(), password);
  return false;
}
