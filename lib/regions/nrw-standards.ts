// Reference data of NRW shared by the seed and the tests.
export const GOVERNMENT_DISTRICTS = [
  { slug: "arnsberg", name: "Regierungsbezirk Arnsberg" },
  { slug: "detmold", name: "Regierungsbezirk Detmold" },
  { slug: "duesseldorf", name: "Regierungsbezirk Düsseldorf" },
  { slug: "koeln", name: "Regierungsbezirk Köln" },
  { slug: "muenster", name: "Regierungsbezirk Münster" },
] as const;

/** The Handlungsfelder most NRW networks work in. */
export const STANDARD_FIELDS_OF_ACTION = [
  {
    slug: "uebergang-kita-grundschule",
    name: "Übergang Kita – Grundschule",
    description: "Gemeinsam gestaltete Übergänge, Bildungsdokumentation und Sprachbildung.",
  },
  {
    slug: "mint",
    name: "MINT-Bildung",
    description: "Mathematik, Informatik, Naturwissenschaften und Technik entlang der Bildungskette.",
  },
  {
    slug: "ausserschulische-lernorte",
    name: "Außerschulische Lernorte",
    description: "Museen, Bibliotheken, Natur- und Umweltlernorte für Schulen erschließen.",
  },
  {
    slug: "digitaler-wandel",
    name: "Bildung im digitalen Wandel",
    description: "Medienkompetenz, Medienentwicklungsplanung und Fortbildung.",
  },
  { slug: "inklusion", name: "Inklusion", description: "Gemeinsames Lernen und inklusive Bildungsangebote." },
  {
    slug: "kaoa",
    name: "Übergang Schule – Beruf (KAoA)",
    description: "Kein Abschluss ohne Anschluss: Berufs- und Studienorientierung.",
  },
  {
    slug: "kulturelle-bildung",
    name: "Kulturelle Bildung",
    description: "Kulturrucksack, Kulturagent*innen und kulturelle Schulprofile.",
  },
  {
    slug: "neuzugewanderte",
    name: "Neuzugewanderte",
    description: "Sprachförderung, Seiteneinstieg und Beratung neu zugewanderter Familien.",
  },
] as const;

export const STANDARD_BODIES = [
  {
    kind: "STEERING",
    slug: "lenkungskreis",
    name: "Lenkungskreis",
    description:
      "Strategische Steuerung des Bildungsnetzwerks: beschließt Schwerpunkte und erteilt dem Bildungsbüro Aufträge.",
  },
  {
    kind: "CONFERENCE",
    slug: "bildungskonferenz",
    name: "Bildungskonferenz",
    description: "Alle Bildungsakteur*innen der Region: Impulse und Empfehlungen je Handlungsfeld.",
  },
  {
    kind: "OFFICE",
    slug: "bildungsbuero",
    name: "Bildungsbüro",
    description:
      "Geschäftsstelle: bereitet Sitzungen vor und nach, führt Projekte und Veranstaltungen durch und informiert.",
  },
] as const;

export const STANDARD_SEAT_CATEGORIES = [
  { key: "schulaufsicht", name: "Schulaufsicht" },
  { key: "kreis", name: "Kreis" },
  { key: "stadt", name: "Stadt" },
  { key: "kommune", name: "Kommune" },
  { key: "schulleitung", name: "Schulleitung" },
  { key: "bildungsbuero", name: "Bildungsbüro" },
  { key: "gast", name: "Beratender Gast" },
] as const;
