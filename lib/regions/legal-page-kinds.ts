export type LegalPageKind = "IMPRINT" | "PRIVACY" | "ACCESSIBILITY";

/** The three legal pages every region and the portal itself have (pure data, for views too). */
export const LEGAL_PAGES: { kind: LegalPageKind; path: string; title: string }[] = [
  { kind: "IMPRINT", path: "impressum", title: "Impressum" },
  { kind: "PRIVACY", path: "datenschutz", title: "Datenschutzerklärung" },
  { kind: "ACCESSIBILITY", path: "barrierefreiheit", title: "Erklärung zur Barrierefreiheit" },
];
