export const OFFER_KIND_LABEL = {
  PROJECT: "Projekt",
  EVENT: "Veranstaltung",
  LEARNING_PLACE: "Außerschulischer Lernort",
  COUNSELLING: "Beratung",
  TRAINING: "Fortbildung",
} as const;

export const OFFER_STATUS_LABEL = {
  DRAFT: "Entwurf",
  IN_REVIEW: "zur Prüfung eingereicht",
  PUBLISHED: "veröffentlicht",
  ARCHIVED: "archiviert",
} as const;

export const TARGET_GROUP_LABEL = {
  EARLY_CHILDHOOD: "Kita / Elementarbereich",
  PRIMARY: "Primarstufe",
  SECONDARY_I: "Sekundarstufe I",
  SECONDARY_II: "Sekundarstufe II",
  VOCATIONAL: "Berufskolleg",
  PROFESSIONALS: "Lehrkräfte / Fachkräfte",
  PARENTS: "Eltern",
  ADULTS: "Erwachsene",
} as const;

export type OfferKind = keyof typeof OFFER_KIND_LABEL;
export type TargetGroup = keyof typeof TARGET_GROUP_LABEL;
