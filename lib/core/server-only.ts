/**
 * Marks a module as server code (database, secrets). It replaces the "server-only" package,
 * which Next refuses in the Pages Router — and the public pages are rendered there, because
 * only the Pages Router can send a page without any JavaScript (README, "Ohne JavaScript").
 *
 * In a browser this throws at once; at build time `tests/unit/server-boundary.test.ts`
 * takes the place of Next's check: no client component and no view of a public page imports
 * a module marked like this, directly or through others.
 */
if (typeof window !== "undefined") {
  throw new Error("Dieses Modul gehört zum Server und darf nicht im Browser geladen werden.");
}

export {};
