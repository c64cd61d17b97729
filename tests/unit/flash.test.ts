import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flash, flashedOn } from "../../components/forms/flash.tsx";

describe("the page's confirmation region (forms that disappear after their action)", () => {
  beforeEach(() =>
    vi.stubGlobal("window", { location: { pathname: "/kreis-mettmann/intern/sitzungen/m1/protokoll" } }),
  );
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the newest success when an older one is handed over after it (approval removes the comment forms)", () => {
    const markedDone = 1_000;
    const approved = markedDone + 3_000;
    // the approval form and a comment form are unmounted in the same commit; React may run the
    // comment form's cleanup last
    flash("Das Protokoll ist genehmigt: Vorsitz.", approved);
    flash("Die Anmerkung von Björn Schäfer ist als erledigt markiert.", markedDone);
    expect(flashedOn("/kreis-mettmann/intern/sitzungen/m1/protokoll")).toBe("Das Protokoll ist genehmigt: Vorsitz.");
  });

  it("replaces an older message with a newer one", () => {
    flash("Die Anmerkung von Björn Schäfer ist als erledigt markiert.", 10_000);
    flash("Das Protokoll ist genehmigt: Vorsitz.", 12_000);
    expect(flashedOn("/kreis-mettmann/intern/sitzungen/m1/protokoll")).toBe("Das Protokoll ist genehmigt: Vorsitz.");
    expect(flashedOn("/kreis-mettmann/intern/sitzungen")).toBeNull();
  });
});
