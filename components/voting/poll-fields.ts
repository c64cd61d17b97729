import type { FieldSpec } from "@/components/forms/action-form";
import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time";
import { MAJORITY_BASE_LABEL, MAJORITY_RULE_LABEL, METHOD_LABEL, SECRECY_LABEL } from "@/lib/voting/labels";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

interface PollDefaults {
  bodyId: string;
  agendaItemId: string | null;
  title: string;
  description: string;
  method: string;
  secrecy: string;
  maxChoices: number | null;
  totalPoints: number | null;
  maxPointsPerOption: number | null;
  allowChange: boolean;
  majorityRule: string;
  majorityBase: string;
  requireQuorum: boolean;
  closesAt: Date | null;
  reminderHours: number | null;
  options: { label: string; fieldOfActionId: string | null }[];
}

/** The fields of the poll form, for a new draft or (with `poll`) for changing one. */
export function pollFields(choices: {
  bodies: { id: string; name: string }[];
  items: { id: string; label: string; bodyId: string }[];
  fields: { id: string; name: string }[];
  poll?: PollDefaults;
  agendaItemId?: string;
}): FieldSpec[] {
  const p = choices.poll;
  const preselected = choices.items.find((i) => i.id === choices.agendaItemId);
  const chosenFields = new Set(p?.options.map((o) => o.fieldOfActionId).filter(Boolean));
  const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  return [
    {
      kind: "select",
      name: "bodyId",
      label: "Gremium",
      required: true,
      defaultValue: p?.bodyId ?? preselected?.bodyId ?? choices.bodies[0]?.id,
      options: choices.bodies.map((b) => ({ value: b.id, label: b.name })),
    },
    {
      kind: "select",
      name: "agendaItemId",
      label: "Tagesordnungspunkt",
      placeholder: "— keiner: Umlaufverfahren zwischen den Sitzungen —",
      hint: "Beschluss-TOPs kommender Sitzungen. Ohne TOP ist es ein Umlaufverfahren mit Ende und E-Mail an alle Stimmberechtigten.",
      defaultValue: p?.agendaItemId ?? preselected?.id ?? "",
      options: choices.items.map((i) => ({ value: i.id, label: i.label })),
    },
    { kind: "text", name: "title", label: "Titel", required: true, defaultValue: p?.title },
    {
      kind: "textarea",
      name: "description",
      label: "Vorlage / Erläuterung",
      hint: "Markdown ist möglich (**fett**, Listen mit -).",
      rows: 4,
      defaultValue: p?.description,
    },
    {
      kind: "select",
      name: "method",
      label: "Verfahren",
      required: true,
      defaultValue: p?.method ?? "YES_NO_ABSTAIN",
      options: options(METHOD_LABEL),
    },
    {
      kind: "select",
      name: "secrecy",
      label: "Stimmabgabe",
      required: true,
      defaultValue: p?.secrecy ?? "NAMED",
      options: options(SECRECY_LABEL),
      hint: "Geheim: Die Stimme wird ohne jeden Bezug zur Person gespeichert; festgehalten wird nur, wer abgestimmt hat.",
    },
    {
      kind: "checkboxes",
      name: "fields",
      legend: "Handlungsfelder als Optionen",
      hint: "Nur bei Zustimmungswahl, Punktevergabe und Rangfolge.",
      items: choices.fields.map((f) => ({
        name: `field:${f.id}`,
        label: f.name,
        defaultChecked: chosenFields.has(f.id),
      })),
    },
    {
      kind: "textarea",
      name: "options",
      label: "Weitere Optionen (Maßnahmen), eine je Zeile",
      rows: 4,
      defaultValue: p?.options
        .filter((o) => !o.fieldOfActionId)
        .map((o) => o.label)
        .join("\n"),
    },
    {
      kind: "number",
      name: "maxChoices",
      label: "Höchstzahl wählbarer Optionen",
      hint: "Nur bei Zustimmungswahl.",
      min: 1,
      max: 50,
      defaultValue: text(p?.maxChoices),
    },
    {
      kind: "number",
      name: "totalPoints",
      label: "Punkte je Person",
      hint: "Nur bei Punktevergabe.",
      min: 1,
      max: 1000,
      defaultValue: text(p?.totalPoints),
    },
    {
      kind: "number",
      name: "maxPointsPerOption",
      label: "Höchstens Punkte je Option",
      hint: "Nur bei Punktevergabe; leer: alle Punkte auf eine Option möglich.",
      min: 1,
      max: 1000,
      defaultValue: text(p?.maxPointsPerOption),
    },
    {
      kind: "select",
      name: "majorityRule",
      label: "Erforderliche Mehrheit",
      required: true,
      defaultValue: p?.majorityRule ?? "SIMPLE",
      options: options(MAJORITY_RULE_LABEL),
      hint: "Nur bei Ja / Nein / Enthaltung.",
    },
    {
      kind: "select",
      name: "majorityBase",
      label: "Mehrheit gerechnet von",
      required: true,
      defaultValue: p?.majorityBase ?? "YES_NO",
      options: options(MAJORITY_BASE_LABEL),
    },
    {
      kind: "checkbox",
      name: "requireQuorum",
      label: "Nur gültig, wenn die Beschlussfähigkeit nach Kooperationsvertrag erreicht ist",
      defaultChecked: p?.requireQuorum ?? true,
    },
    {
      kind: "checkbox",
      name: "allowChange",
      label: "Namentliche Stimmen dürfen bis zum Ende geändert werden",
      defaultChecked: p?.allowChange ?? false,
    },
    {
      kind: "datetime-local",
      name: "closesAt",
      label: "Ende der Abstimmung",
      hint: "Pflicht im Umlaufverfahren; danach schließt sie von selbst.",
      defaultValue: p?.closesAt ? utcToBerlinLocal(p.closesAt) : "",
    },
    {
      kind: "number",
      name: "reminderHours",
      label: "Erinnerung … Stunden vor dem Ende",
      hint: "An alle, für deren Sitz noch keine Stimme abgegeben ist. Leer: keine Erinnerung.",
      min: 1,
      max: 336,
      defaultValue: text(p === undefined ? 24 : p.reminderHours),
    },
  ];
}
