export const SEARCH_KINDS = [
  "meetings",
  "agendaItems",
  "minutes",
  "decisions",
  "assignments",
  "recommendations",
  "documents",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABEL: Record<SearchKind, string> = {
  meetings: "Sitzungen",
  agendaItems: "Tagesordnungspunkte",
  minutes: "Protokolle",
  decisions: "Beschlüsse",
  assignments: "Aufträge",
  recommendations: "Empfehlungen",
  documents: "Dokumente",
};
