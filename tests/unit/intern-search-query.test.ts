import { describe, expect, it } from "vitest";
import { currentSection } from "../../components/intern-nav.tsx";
import {
  MARK_END,
  MARK_START,
  MAX_QUERY_LENGTH,
  parseSearchQuery,
  snippetParts,
  splitPrefix,
} from "../../lib/search/search-query.ts";

describe("internal search query", () => {
  it("cleans what was typed: NFC, no control or invisible characters, lone surrogates, at most 200 characters", () => {
    expect(parseSearchQuery({ q: "  Mu\u0308ller\u0000 \u200b Haus\n" }).text).toBe("Müller Haus");
    expect(parseSearchQuery({ q: "a\ud800b" }).text).toBe("a\ufffdb");
    expect([...parseSearchQuery({ q: "😀".repeat(500) }).text]).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchQuery({ q: ["erste", "zweite"] }).text).toBe("erste");
    expect(parseSearchQuery({}).text).toBe("");
  });

  it("takes only known kinds", () => {
    expect(parseSearchQuery({ q: "x", art: "decisions" }).kind).toBe("decisions");
    expect(parseSearchQuery({ q: "x", art: "users" }).kind).toBeNull();
  });

  it("makes only a plain last word a prefix", () => {
    expect(splitPrefix("Protokoll Haush")).toEqual({ rest: "Protokoll", prefix: "Haush" });
    expect(splitPrefix("Mädchen")).toEqual({ rest: "", prefix: "Mädchen" });
    expect(splitPrefix("Haushalt -Plan")).toEqual({ rest: "Haushalt -Plan", prefix: "" });
    expect(splitPrefix('"Haushalt Plan"')).toEqual({ rest: '"Haushalt Plan"', prefix: "" });
    expect(splitPrefix("Haushalt or Plan")).toEqual({ rest: "Haushalt or Plan", prefix: "" });
    expect(splitPrefix('"offen Plan')).toEqual({ rest: '"offen Plan', prefix: "" });
    expect(splitPrefix("😀")).toEqual({ rest: "😀", prefix: "" });
  });

  it("splits a headline into text parts, marking hits, so no stored text becomes markup", () => {
    const snippet = `<script>x</script> der ${MARK_START}Haushalt${MARK_END} wird ${MARK_START}beschlossen${MARK_END}.`;
    expect(snippetParts(snippet)).toEqual([
      { text: "<script>x</script> der ", marked: false },
      { text: "Haushalt", marked: true },
      { text: " wird ", marked: false },
      { text: "beschlossen", marked: true },
      { text: ".", marked: false },
    ]);
    expect(snippetParts("")).toEqual([]);
  });

  it("shows the text of Markdown minutes in a snippet, not its syntax (bullets, bold, italics)", () => {
    const snippet = `Frau Brückner berichtet über **${MARK_START}120${MARK_END}** neue Plätze im *Ganztag*.\n\n- Ratingen: 40\n- ${MARK_START}Hilden${MARK_END}`;
    const parts = snippetParts(snippet);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(["120", "Hilden"]);
    expect(parts.map((p) => p.text).join("")).toBe(
      "Frau Brückner berichtet über 120 neue Plätze im Ganztag.\n\nRatingen: 40\nHilden",
    );
    // what is not Markdown stays: gender star, a dash between words, a heading's text
    expect(snippetParts("Alle Bildungspartner*innen – Kita - Schule\n## Bericht").map((p) => p.text)).toEqual([
      "Alle Bildungspartner*innen – Kita - Schule\nBericht",
    ]);
  });
});

describe("internal navigation", () => {
  const links = [
    { href: "/r/intern", label: "Übersicht" },
    { href: "/r/intern/sitzungen", label: "Sitzungen" },
    { href: "/r/intern/auftraege", label: "Beschlüsse und Aufträge" },
    { href: "/r/intern/verwaltung/gremien/lenkungskreis", label: "Gremien", section: "/r/intern/verwaltung/gremien" },
  ];

  it("marks the section the page belongs to, not the overview above it", () => {
    expect(currentSection(links, "/r/intern")).toBe("/r/intern");
    expect(currentSection(links, "/r/intern/sitzungen/123/protokoll")).toBe("/r/intern/sitzungen");
    expect(currentSection(links, "/r/intern/auftraege/beschluesse/1")).toBe("/r/intern/auftraege");
    expect(currentSection(links, "/r/intern/verwaltung/gremien/bildungskonferenz")).toBe(
      "/r/intern/verwaltung/gremien/lenkungskreis",
    );
    expect(currentSection(links, "/r/intern/sitzungenX")).toBe("/r/intern");
    expect(currentSection(links, "/andere")).toBeNull();
  });
});
