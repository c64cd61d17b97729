import type { FieldSpec } from "@/components/forms/form-body";

/** The fields of the public registration form; the forum is asked for only when there are forums. */
export function registrationFields(forums: { id: string; title: string }[], retentionDays: number): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: "Vor- und Nachname", required: true, autoComplete: "name" },
    {
      kind: "text",
      name: "institution",
      label: "Einrichtung (z. B. Schule, Kita, Verein)",
      autoComplete: "organization",
    },
    {
      kind: "email",
      name: "email",
      label: "E-Mail-Adresse",
      required: true,
      autoComplete: "email",
      hint: "An diese Adresse schicken wir die Bestätigung und Ihren Link zum Stornieren.",
    },
    ...(forums.length > 0
      ? [
          {
            kind: "select" as const,
            name: "forumId",
            label: "Forum",
            placeholder: "— noch nicht festgelegt —",
            options: forums.map((f) => ({ value: f.id, label: f.title })),
          },
        ]
      : []),
    {
      kind: "checkbox",
      name: "consent",
      label:
        "Ich bin einverstanden, dass das Bildungsbüro meine Angaben für diese Veranstaltung verarbeitet (Teilnahmeliste, Namensschild, E-Mails zur Veranstaltung).",
      hint: `Ihre Angaben nutzt nur das Bildungsbüro, nur für diese Veranstaltung; ${retentionDays} Tage danach werden Name, Einrichtung und E-Mail-Adresse gelöscht. Mehr in der Datenschutzerklärung.`,
    },
  ];
}
