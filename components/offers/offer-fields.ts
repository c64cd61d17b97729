import type { FieldSpec } from "@/components/forms/action-form";
import { OFFER_KIND_LABEL, TARGET_GROUP_LABEL } from "@/lib/offers/labels";

interface Current {
  offer: {
    assignmentId: string | null;
    title: string;
    summary: string;
    description: string;
    kind: string;
    targetGroups: string[];
    isFree: boolean;
    priceCents: number | null;
    costNote: string;
    wheelchairAccessible: boolean;
    easyLanguage: boolean;
    languages: string[];
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    registrationUrl: string;
  };
  place: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    localityId: string | null;
    latitude: number | null;
    longitude: number | null;
  } | null;
  fieldIds: string[];
  dates: { startsAt: Date; endsAt: Date | null }[];
}

const time = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });
const day = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const dateLine = (d: { startsAt: Date; endsAt: Date | null }) =>
  `${day.format(d.startsAt)} ${time.format(d.startsAt)}${d.endsAt ? `–${time.format(d.endsAt)}` : ""}`;

/** The fields of the offer form (new offer, or with `current` for editing). */
export function offerFields(
  choices: {
    fields: { id: string; name: string }[];
    localities: { id: string; name: string }[];
    assignments: { id: string; label: string }[];
  },
  current?: Current,
): FieldSpec[] {
  const o = current?.offer;
  const origin: FieldSpec[] = choices.assignments.length
    ? [
        {
          kind: "select",
          name: "assignmentId",
          label: "Hervorgegangen aus Auftrag",
          hint: "Verknüpft das Angebot oder Projekt mit dem Auftrag und dem Beschluss, aus dem es folgt.",
          placeholder: "— keinem Auftrag zugeordnet —",
          defaultValue: o?.assignmentId ?? "",
          options: choices.assignments.map((a) => ({ value: a.id, label: a.label })),
        },
      ]
    : [];
  return [
    { kind: "text", name: "title", label: "Titel", required: true, defaultValue: o?.title },
    {
      kind: "textarea",
      name: "summary",
      label: "Kurzbeschreibung",
      hint: "Ein bis zwei Sätze für die Trefferliste; zum Veröffentlichen nötig.",
      rows: 2,
      defaultValue: o?.summary,
    },
    {
      kind: "textarea",
      name: "description",
      label: "Beschreibung",
      hint: "Markdown ist möglich.",
      rows: 6,
      defaultValue: o?.description,
    },
    {
      kind: "select",
      name: "kind",
      label: "Art des Angebots",
      required: true,
      defaultValue: o?.kind ?? "PROJECT",
      options: Object.entries(OFFER_KIND_LABEL).map(([value, label]) => ({ value, label })),
    },
    {
      kind: "checkboxes",
      name: "fields",
      legend: "Handlungsfelder",
      items: choices.fields.map((f) => ({
        name: `field:${f.id}`,
        label: f.name,
        defaultChecked: current?.fieldIds.includes(f.id),
      })),
    },
    {
      kind: "checkboxes",
      name: "groups",
      legend: "Zielgruppen",
      items: Object.entries(TARGET_GROUP_LABEL).map(([value, label]) => ({
        name: `group:${value}`,
        label,
        defaultChecked: o?.targetGroups.includes(value),
      })),
    },
    { kind: "text", name: "placeName", label: "Ort: Name (z. B. Stadtbücherei)", defaultValue: current?.place?.name },
    {
      kind: "text",
      name: "street",
      label: "Straße und Hausnummer",
      autoComplete: "street-address",
      defaultValue: current?.place?.street,
    },
    {
      kind: "text",
      name: "postalCode",
      label: "Postleitzahl",
      autoComplete: "postal-code",
      defaultValue: current?.place?.postalCode,
    },
    { kind: "text", name: "city", label: "Stadt", autoComplete: "address-level2", defaultValue: current?.place?.city },
    {
      kind: "select",
      name: "localityId",
      label: "Kommune / Quartier",
      placeholder: "— keine Angabe —",
      defaultValue: current?.place?.localityId ?? "",
      options: choices.localities.map((l) => ({ value: l.id, label: l.name })),
    },
    {
      kind: "text",
      name: "latitude",
      label: "Breitengrad (optional)",
      hint: "Für Karten und Suchmaschinen, z. B. 51,2277.",
      defaultValue: current?.place?.latitude != null ? String(current.place.latitude).replace(".", ",") : "",
    },
    {
      kind: "text",
      name: "longitude",
      label: "Längengrad (optional)",
      hint: "z. B. 6,7735.",
      defaultValue: current?.place?.longitude != null ? String(current.place.longitude).replace(".", ",") : "",
    },
    {
      kind: "textarea",
      name: "dates",
      label: "Termine",
      hint: "Ein Termin je Zeile, z. B. 14.03.2027 10:00 oder 14.03.2027 10:00–12:00 (deutsche Zeit). Leer: nach Vereinbarung.",
      rows: 3,
      defaultValue: current?.dates.map(dateLine).join("\n"),
    },
    { kind: "checkbox", name: "isFree", label: "kostenlos", defaultChecked: o?.isFree ?? true },
    {
      kind: "number",
      name: "price",
      label: "Preis in Euro",
      min: 0,
      max: 100000,
      defaultValue: o?.priceCents != null ? String(Math.round(o.priceCents / 100)) : "",
    },
    { kind: "text", name: "costNote", label: "Hinweis zu den Kosten", defaultValue: o?.costNote },
    {
      kind: "checkbox",
      name: "wheelchairAccessible",
      label: "rollstuhlgerecht",
      defaultChecked: o?.wheelchairAccessible,
    },
    { kind: "checkbox", name: "easyLanguage", label: "in Leichter Sprache", defaultChecked: o?.easyLanguage },
    { kind: "text", name: "languages", label: "Sprachen (mit Komma getrennt)", defaultValue: o?.languages.join(", ") },
    { kind: "text", name: "contactName", label: "Ansprechperson", autoComplete: "name", defaultValue: o?.contactName },
    {
      kind: "email",
      name: "contactEmail",
      label: "E-Mail für Rückfragen",
      autoComplete: "email",
      defaultValue: o?.contactEmail,
    },
    { kind: "text", name: "contactPhone", label: "Telefon", autoComplete: "tel", defaultValue: o?.contactPhone },
    {
      kind: "text",
      name: "registrationUrl",
      label: "Link zur Anmeldung (https://…)",
      defaultValue: o?.registrationUrl,
    },
    ...origin,
  ];
}
