import { describe, expect, it } from "vitest";
import { blankable, cleanText, emailAddress, idOf, wholeNumber } from "../../lib/core/validation/text.ts";
import { isUuid } from "../../lib/core/validation/uuid.ts";

const name = cleanText("den Namen", { min: 1, max: 10 });

describe("text input", () => {
  it("normalises to NFC and trims", () => {
    const decomposed = "  Mu\u0308ller ";
    expect(name.parse(decomposed)).toBe("Müller");
    expect(name.parse(decomposed)).toBe("Müller".normalize("NFC"));
  });

  it("rejects NUL, lone surrogates, empty and over-long input with German messages", () => {
    expect(name.safeParse("a\u0000b").error?.issues[0]?.message).toBe(
      "Die Eingabe für den Namen enthält ein unzulässiges Steuerzeichen.",
    );
    expect(name.safeParse("a\uDC00").error?.issues[0]?.message).toBe(
      "Die Eingabe für den Namen enthält ungültige Zeichen.",
    );
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("Bitte geben Sie den Namen an.");
    expect(name.safeParse("x".repeat(11)).error?.issues[0]?.message).toBe(
      "Bitte kürzen Sie den Namen auf höchstens 10 Zeichen.",
    );
    expect(name.safeParse(42).error?.issues[0]?.message).toBe("Bitte geben Sie für den Namen einen Text ein.");
    expect(name.safeParse(undefined).error?.issues[0]?.message).toBe("Bitte geben Sie den Namen an.");
    expect(cleanText("den Titel", { min: 3, max: 200 }).safeParse("ab").error?.issues[0]?.message).toBe(
      "Bitte geben Sie den Titel mit mindestens 3 Zeichen an.",
    );
  });

  it("length counts characters after normalisation (umlauts are one)", () => {
    expect(name.parse("Ä".normalize("NFD").repeat(10))).toHaveLength(10);
  });

  it("e-mail addresses are checked and lower-cased", () => {
    expect(emailAddress().parse(" Claudia.Woerner@Kreis-Mettmann.example ")).toBe(
      "claudia.woerner@kreis-mettmann.example",
    );
    expect(emailAddress().safeParse("kein-at-zeichen").error?.issues[0]?.message).toMatch(/gültige E-Mail-Adresse/);
  });

  it("one UUID pattern for ids from URLs, forms and cursors", () => {
    expect(isUuid("0b0c5e3e-6f1a-4c1e-9a51-3f5d2c1b7a90")).toBe(true);
    expect(isUuid("0B0C5E3E-6F1A-4C1E-9A51-3F5D2C1B7A90")).toBe(true);
    for (const bad of [
      "",
      "0b0c5e3e6f1a4c1e9a513f5d2c1b7a90",
      "------------------------------------",
      "0b0c5e3e-6f1a-4c1e-9a51-3f5d2c1b7a90\n",
      42,
      null,
    ])
      expect(isUuid(bad), String(bad)).toBe(false);
    expect(idOf("eine Sitzung").safeParse("../x").error?.issues[0]?.message).toBe("Bitte wählen Sie eine Sitzung.");
  });

  it("an optional field keeps its own German message for a wrong value; blank input is empty", () => {
    const email = blankable(emailAddress(), "");
    expect(email.safeParse("kaputt").error?.issues[0]?.message).toMatch(/gültige E-Mail-Adresse/);
    expect(email.safeParse("x@y").error?.issues[0]?.message).toMatch(/gültige E-Mail-Adresse/);
    for (const blank of ["", "   ", null, undefined]) expect(email.parse(blank)).toBe("");
    const count = blankable(wholeNumber("die Enthaltungen", { min: 0, max: 999 }), null);
    expect(count.safeParse("1e3").error?.issues[0]?.message).toMatch(/Enthaltungen .* ganze Zahl/);
    expect(count.parse(" 7 ")).toBe(7);
    expect(count.parse("")).toBeNull();
  });
});
