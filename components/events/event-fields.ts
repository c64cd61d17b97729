import type { FieldSpec } from "@/components/forms/action-form";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time";

interface Current {
  kind: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  capacity: number;
  registrationOpen: boolean;
  isPublic: boolean;
}

/** The fields of the event form (new, or with `current` for editing). */
export function eventFormFields(current?: Current): FieldSpec[] {
  return [
    {
      kind: "radios",
      name: "kind",
      legend: "Art",
      required: true,
      defaultValue: current?.kind ?? "CONFERENCE",
      options: Object.entries(EVENT_KIND_LABEL).map(([value, label]) => ({ value, label })),
    },
    { kind: "text", name: "title", label: "Titel", required: true, defaultValue: current?.title },
    {
      kind: "textarea",
      name: "description",
      label: "Beschreibung",
      hint: "Erscheint auf der öffentlichen Seite über dem Anmeldeformular.",
      rows: 4,
      defaultValue: current?.description,
    },
    {
      kind: "datetime-local",
      name: "startsAt",
      label: "Beginn",
      required: true,
      defaultValue: current ? utcToBerlinLocal(current.startsAt) : undefined,
    },
    {
      kind: "datetime-local",
      name: "endsAt",
      label: "Ende",
      defaultValue: current?.endsAt ? utcToBerlinLocal(current.endsAt) : undefined,
    },
    { kind: "text", name: "location", label: "Ort", required: true, defaultValue: current?.location },
    {
      kind: "number",
      name: "capacity",
      label: "Plätze",
      required: true,
      min: 1,
      max: 100000,
      hint: "Weitere Anmeldungen kommen auf die Warteliste.",
      defaultValue: current ? String(current.capacity) : "100",
    },
    {
      kind: "checkbox",
      name: "registrationOpen",
      label: "Anmeldung ist geöffnet",
      defaultChecked: current?.registrationOpen ?? true,
    },
    {
      kind: "checkbox",
      name: "isPublic",
      label: "öffentlich (auf der Terminseite und mit Anmeldeformular)",
      defaultChecked: current?.isPublic ?? true,
    },
  ];
}
