import { describe, expect, it } from "vitest";
import { inBody } from "@/lib/governance/in-body";

// "im ${name}" made "Mitglied im Bildungskonferenz" of the conference.
describe("where something happens in a body", () => {
  it.each([
    ["Lenkungskreis", "im Lenkungskreis"],
    ["Bildungskonferenz", "in der Bildungskonferenz"],
    ["Bildungsbüro", "im Bildungsbüro"],
    ["Arbeitskreis MINT", "im Arbeitskreis MINT"],
    ["AG Übergang Schule–Beruf", "in der AG Übergang Schule–Beruf"],
    ["Fachforum Inklusion", "im Fachforum Inklusion"],
  ])("%s → %s", (name, phrase) => {
    expect(inBody(name)).toBe(phrase);
  });

  it("names a body of unknown gender as a Gremium", () => {
    expect(inBody("Runder Tisch Bildung")).toBe("im Gremium „Runder Tisch Bildung“");
    expect(inBody("Konferenzraum-Gruppe")).toBe("im Gremium „Konferenzraum-Gruppe“");
  });
});
