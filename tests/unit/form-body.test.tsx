import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormBody, type FieldSpec } from "../../components/forms/form-body.tsx";
import { formRevision } from "../../components/forms/form-revision.ts";
import type { FormState } from "../../lib/core/forms/form-state.ts";

const fields: FieldSpec[] = [
  { kind: "hidden", name: "eventId", value: "e1" },
  { kind: "text", name: "title", label: "Titel", required: true, defaultValue: "Fachtag" },
  {
    kind: "radios",
    name: "kind",
    legend: "Art",
    defaultValue: "SYMPOSIUM",
    options: [
      { value: "CONFERENCE", label: "Bildungskonferenz" },
      { value: "SYMPOSIUM", label: "Fachtagung" },
    ],
  },
  { kind: "select", name: "field", label: "Handlungsfeld", defaultValue: "a", options: [{ value: "a", label: "A" }] },
  { kind: "checkbox", name: "isPublic", label: "öffentlich", defaultChecked: true },
  { kind: "datetime-local", name: "startsAt", label: "Beginn", defaultValue: "2030-01-02T10:00" },
  { kind: "checkboxes", name: "groups", legend: "Zielgruppen", items: [{ name: "group:KITA", label: "Kita" }] },
];
const render = (state: FormState) =>
  renderToStaticMarkup(<FormBody id="f" state={state} fields={fields} submitLabel="Speichern" />);

describe("the error summary of every form", () => {
  const failed: FormState = {
    status: "error",
    message: "Bitte prüfen Sie Ihre Eingaben.",
    fieldErrors: {
      groups: ["Bitte wählen Sie eine Zielgruppe."],
      title: ["Bitte geben Sie den Titel an."],
      kind: ["Bitte wählen Sie die Art."],
      elsewhere: ["Eine Meldung ohne Feld."],
    },
    values: { title: "", kind: "CONFERENCE" },
  };

  it("names the problem and links every message to its field, in the order of the fields", () => {
    const html = render(failed);
    expect(html).toContain("Es gibt ein Problem");
    expect(html).toContain("Bitte korrigieren Sie:");
    const links = [...html.matchAll(/<a href="(#[^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["#f-title", "Bitte geben Sie den Titel an."],
      ["#f-kind-0", "Bitte wählen Sie die Art."],
      ["#f-groups-group:KITA", "Bitte wählen Sie eine Zielgruppe."],
    ]);
    // a message for no field of the form is listed without a link; the link targets exist
    expect(html).toMatch(/<li>Eine Meldung ohne Feld\.<\/li>/);
    for (const [target] of links) expect(html).toContain(`id="${target!.slice(1)}"`);
  });

  it("keeps the messages next to the fields and the typed values", () => {
    const html = render(failed);
    expect(html).toMatch(/id="f-title-fehler"[^>]*>Bitte geben Sie den Titel an\./);
    expect(html).toMatch(/<input type="radio" id="f-kind-0"[^>]*checked=""[^>]*value="CONFERENCE"/);
  });

  it("links errors of fields passed as children to the ids the form names for them", () => {
    const html = renderToStaticMarkup(
      <FormBody
        id="anwesenheit"
        state={{ status: "error", fieldErrors: { "status:m1": ["Bitte wählen Sie einen Status."] } }}
        fields={[]}
        submitLabel="Speichern"
        errorTargets={{ "status:m1": "anwesenheit-m1-PRESENT" }}
      />,
    );
    expect(html).toContain('<a href="#anwesenheit-m1-PRESENT"');
  });

  it("opens a confirming disclosure again after an error, so its button stays at hand", () => {
    const confirmForm = (state: FormState) =>
      renderToStaticMarkup(
        <FormBody
          id="einladen"
          state={state}
          fields={[]}
          submitLabel="Jetzt versenden"
          confirm={{ summary: "Versenden …", question: "Wirklich?" }}
        />,
      );
    expect(confirmForm({ status: "error", message: "Bitte bestätigen Sie." })).toContain("<details open=");
    expect(confirmForm({ status: "idle" })).not.toContain("<details open=");
  });

  it("shows no summary without an error", () => {
    expect(render({ status: "ok", message: "Gespeichert." })).not.toContain("Es gibt ein Problem");
    expect(render({ status: "idle" })).not.toContain("Es gibt ein Problem");
  });
});

describe("the revision a form is keyed on", () => {
  const idle: FormState = { status: "idle" };
  const base = formRevision(fields, idle, false);
  const changed = (index: number, patch: Record<string, unknown>) =>
    formRevision(
      fields.map((f, i) => (i === index ? ({ ...f, ...patch } as FieldSpec) : f)),
      idle,
      false,
    );

  it("changes with the stored value of every kind of field", () => {
    expect(changed(0, { value: "e2" })).not.toBe(base);
    expect(changed(1, { defaultValue: "Fachtag 2" })).not.toBe(base);
    expect(changed(2, { defaultValue: "CONFERENCE" })).not.toBe(base);
    expect(changed(3, { defaultValue: "" })).not.toBe(base);
    expect(changed(4, { defaultChecked: false })).not.toBe(base);
    expect(changed(5, { defaultValue: "2030-01-03T10:00" })).not.toBe(base);
    expect(changed(6, { items: [{ name: "group:KITA", label: "Kita", defaultChecked: true }] })).not.toBe(base);
  });

  it("stays the same for the same stored values, changes for typed values after an error and for `extra`", () => {
    expect(formRevision(fields, { status: "ok", message: "Gespeichert.", done: 1 }, false)).toBe(base);
    expect(formRevision(fields, { status: "error", values: { title: "x" } }, false)).not.toBe(base);
    expect(formRevision(fields, idle, false, "2030-01-01T00:00:00Z")).not.toBe(base);
    expect(formRevision(fields, { status: "ok", done: 2 }, true)).not.toBe(
      formRevision(fields, { status: "ok", done: 3 }, true),
    );
  });
});
