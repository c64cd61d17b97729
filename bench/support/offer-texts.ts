// Vocabulary of the benchmark offers: what Bildungsbüros actually publish. Each topic names
// the Handlungsfeld it belongs to; texts are put together in SQL from these lists.
export const TOPICS: [topic: string, field: string][] = [
  ["Leseförderung mit Vorlesepat*innen", "uebergang-kita-grundschule"],
  ["Sprachbildung im Kita-Alltag", "uebergang-kita-grundschule"],
  ["Schulstart gemeinsam gestalten", "uebergang-kita-grundschule"],
  ["Bildungsdokumentation beim Übergang", "uebergang-kita-grundschule"],
  ["Elterncafé zum Schulanfang", "uebergang-kita-grundschule"],
  ["Robotik-AG mit Calliope mini", "mint"],
  ["Forscherwerkstatt: Experimente mit Wasser und Luft", "mint"],
  ["Programmieren lernen mit Scratch", "mint"],
  ["Mathe-Olympiade und Knobelnachmittag", "mint"],
  ["Schülerlabor Chemie", "mint"],
  ["3D-Druck und Tüftelwerkstatt", "mint"],
  ["Haus der kleinen Forscher: Naturphänomene", "mint"],
  ["Naturerlebnis am Bach", "ausserschulische-lernorte"],
  ["Museumsbesuch: Geschichte zum Anfassen", "ausserschulische-lernorte"],
  ["Bibliotheksführerschein", "ausserschulische-lernorte"],
  ["Lernort Bauernhof", "ausserschulische-lernorte"],
  ["Schulgarten und Umweltbildung", "ausserschulische-lernorte"],
  ["Waldpädagogik im Jahreslauf", "ausserschulische-lernorte"],
  ["Medienkompetenz: sicher im Netz", "digitaler-wandel"],
  ["Tablets im Unterricht", "digitaler-wandel"],
  ["Erklärvideos selbst produzieren", "digitaler-wandel"],
  ["Datenschutz und Urheberrecht in der Schule", "digitaler-wandel"],
  ["Künstliche Intelligenz verstehen", "digitaler-wandel"],
  ["Gemeinsames Lernen in heterogenen Klassen", "inklusion"],
  ["Unterstützte Kommunikation im Schulalltag", "inklusion"],
  ["Inklusive Ferienspiele", "inklusion"],
  ["Autismus verstehen: Beratung für Schulen", "inklusion"],
  ["Potenzialanalyse und Berufsfelderkundung", "kaoa"],
  ["Bewerbungstraining mit Ausbildungsbetrieben", "kaoa"],
  ["Praktikumsbörse Handwerk", "kaoa"],
  ["Studienorientierung an der Hochschule", "kaoa"],
  ["Azubi-Speeddating", "kaoa"],
  ["Theaterwerkstatt", "kulturelle-bildung"],
  ["Kulturrucksack: Graffiti und Street Art", "kulturelle-bildung"],
  ["Musikwerkstatt mit Trommeln", "kulturelle-bildung"],
  ["Schreibwerkstatt für junge Autor*innen", "kulturelle-bildung"],
  ["Tanzprojekt im Quartier", "kulturelle-bildung"],
  ["Deutschkurs für neu zugewanderte Eltern", "neuzugewanderte"],
  ["Sprachcafé mit Kinderbetreuung", "neuzugewanderte"],
  ["Seiteneinstieg in die Schule: Beratung", "neuzugewanderte"],
  ["Schulsystem in NRW verstehen – mehrsprachig", "neuzugewanderte"],
  ["Hausaufgabenhilfe im Familienzentrum", "neuzugewanderte"],
];

export const FORMATS = [
  "Workshop", "Projekttag", "Ferienkurs", "Fortbildung", "Infoabend", "Lernwerkstatt", "Exkursion",
  "Sprechstunde", "Arbeitsgemeinschaft", "Fachtag", "Kurs in Leichter Sprache", "Wochenendseminar",
];

export const AUDIENCES = [
  "für Kita-Kinder", "für Grundschulkinder", "für die Klassen 3 und 4", "für die Sekundarstufe I",
  "für Jugendliche ab 14 Jahren", "für die Oberstufe", "für Auszubildende am Berufskolleg",
  "für Lehrkräfte aller Schulformen", "für pädagogische Fachkräfte", "für Eltern", "für Familien",
  "für Erwachsene",
];

export const SENTENCES = [
  "Die Teilnahme ist nach vorheriger Anmeldung möglich; die Plätze werden in der Reihenfolge der Anmeldungen vergeben.",
  "Das Angebot richtet sich an Schulen, Kitas und Einrichtungen der Jugendhilfe im ganzen Kreisgebiet.",
  "Erfahrene Referentinnen und Referenten begleiten die Gruppen und geben Anregungen für die eigene Praxis.",
  "Materialien werden gestellt; bitte bringen Sie wetterfeste Kleidung und etwas zu trinken mit.",
  "Im Anschluss erhalten alle Teilnehmenden eine Bescheinigung.",
  "Gemeinsam mit Partnern aus Wirtschaft, Kultur und Wissenschaft entstehen Lernanlässe außerhalb des Klassenzimmers.",
  "Die Veranstaltung ist Teil des Arbeitsprogramms des Regionalen Bildungsnetzwerks.",
  "Schulklassen können Termine auch individuell mit dem Bildungsbüro vereinbaren.",
  "Dolmetscherinnen für Arabisch, Türkisch und Ukrainisch können auf Wunsch organisiert werden.",
  "Der Veranstaltungsort ist mit Bus und Bahn gut erreichbar.",
  "Die Gruppen umfassen höchstens zwölf Personen, damit alle selbst ausprobieren können.",
  "Ziel ist es, Übergänge in der Bildungsbiografie gut zu begleiten und niemanden zurückzulassen.",
  "Lehrkräfte erhalten Unterrichtsmaterial zur Vor- und Nachbereitung.",
  "Das Projekt wird aus Mitteln des Landes Nordrhein-Westfalen gefördert.",
  "Eltern sind herzlich eingeladen, ihre Kinder zu begleiten.",
  "Die Inhalte orientieren sich am Kernlehrplan und am Medienkompetenzrahmen NRW.",
  "Vorkenntnisse sind nicht erforderlich.",
  "Bitte melden Sie Ihre Klasse spätestens zwei Wochen vor dem Termin an.",
  "Das Angebot findet in Kooperation mit der Volkshochschule und der Stadtbibliothek statt.",
  "Für Kinder mit Förderbedarf stehen Assistenzkräfte zur Verfügung.",
  "Die Ergebnisse werden zum Abschluss in einer kleinen Ausstellung präsentiert.",
  "Ansprechpartnerin im Bildungsbüro beantwortet gerne Ihre Fragen zum Ablauf.",
  "Ein Schwerpunkt liegt auf dem forschenden Lernen und dem Austausch in Kleingruppen.",
  "Das Angebot wird regelmäßig evaluiert und mit den Schulen weiterentwickelt.",
];

export const PLACE_KINDS = [
  "Stadtbibliothek", "Volkshochschule", "Jugendzentrum", "Familienzentrum", "Museum", "Berufskolleg",
  "Gesamtschule", "Grundschule am Park", "Kulturzentrum", "Schülerlabor", "Naturschutzzentrum", "Rathaus",
  "Medienzentrum", "Bürgerhaus", "Sporthalle",
];

export const STREETS = [
  "Hauptstraße", "Schulstraße", "Bahnhofstraße", "Kirchplatz", "Am Markt", "Gartenstraße", "Lindenallee",
  "Goethestraße", "Schillerstraße", "Mühlenweg", "Bergstraße", "Parkstraße", "Rathausplatz", "Ringstraße",
];

/** Parts of German place names for the Kommunen/Quartiere of a district. */
export const LOCALITY_PREFIXES = ["Alten", "Neu", "Ober", "Nieder", "Wald", "Berg", "Kirch", "Linden", "Rosen", "Stein", "Hoch", "Bad Sülz", "Wester", "Oster", "Sonnen"];
export const LOCALITY_SUFFIXES = ["dorf", "kirchen", "hausen", "feld", "heim", "bach", "berg", "hagen", "stedt", "brück"];
