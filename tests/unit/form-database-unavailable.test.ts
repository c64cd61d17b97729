// Issue 19 (remainder): a form sent during a database outage answered with the generic
// "Das hat leider nicht geklappt"; now it says what happened and keeps what was typed.
import { describe, expect, it } from "vitest";
import { runForm } from "../../lib/core/forms/form-state.ts";
import { DATABASE_UNAVAILABLE_DIGEST } from "../../lib/core/http/outage-digest.ts";

describe("runForm during a database outage", () => {
  it("answers with the German 'bitte erneut versuchen' message and keeps the typed values", async () => {
    const form = new FormData();
    form.set("title", "5. Sitzung des Lenkungskreises");
    const outage = Object.assign(new Error("nicht erreichbar"), { digest: DATABASE_UNAVAILABLE_DIGEST });
    const state = await runForm(form, async () => {
      throw outage;
    });
    expect(state).toEqual({
      status: "error",
      message:
        "Die Datenbank ist gerade nicht erreichbar – bitte versuchen Sie es in einem Moment erneut. Ihre Eingaben stehen noch im Formular.",
      values: { title: "5. Sitzung des Lenkungskreises" },
    });
  });
});
