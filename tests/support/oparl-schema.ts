// The field definitions of OParl 1.1 (https://dev.oparl.org/spezifikation, chapter "Schema"),
// transcribed as data: for every object type its required fields and the type of each field.
// `validateOParl` checks an object (and the objects it embeds) against them and returns the
// problems found; fields OParl lacks must carry a vendor prefix ("bildungsnetz:").

type Kind =
  | "url"
  | "url[]"
  | "string"
  | "string[]"
  | "boolean"
  | "integer"
  | "date"
  | "date-time"
  | `object:${string}`
  | `object[]:${string}`
  | "object";

const COMMON: Record<string, Kind> = {
  id: "url",
  type: "string",
  created: "date-time",
  modified: "date-time",
  keyword: "string[]",
  web: "url",
  deleted: "boolean",
  license: "url",
};

export const OPARL_TYPES: Record<string, { required: string[]; fields: Record<string, Kind> }> = {
  System: {
    required: ["id", "type", "oparlVersion", "body"],
    fields: {
      oparlVersion: "url",
      otherOparlVersions: "url[]",
      body: "url",
      name: "string",
      contactEmail: "string",
      contactName: "string",
      website: "url",
      vendor: "url",
      product: "url",
    },
  },
  Body: {
    required: ["id", "type", "name", "organization", "person", "meeting", "paper", "legislativeTerm"],
    fields: {
      system: "url",
      contactEmail: "string",
      contactName: "string",
      ags: "string",
      rgs: "string",
      equivalent: "url[]",
      shortName: "string",
      name: "string",
      website: "url",
      licenseValidSince: "date-time",
      oparlSince: "date-time",
      organization: "url",
      person: "url",
      meeting: "url",
      paper: "url",
      legislativeTerm: "object[]:LegislativeTerm",
      agendaItem: "url",
      consultation: "url",
      file: "url",
      locationList: "url",
      legislativeTermList: "url",
      membership: "url",
      classification: "string",
      location: "object:Location",
    },
  },
  LegislativeTerm: {
    required: ["id", "type"],
    fields: { body: "url", name: "string", startDate: "date", endDate: "date" },
  },
  Organization: {
    required: ["id", "type"],
    fields: {
      body: "url",
      name: "string",
      membership: "url[]",
      meeting: "url",
      consultation: "url",
      shortName: "string",
      post: "string[]",
      subOrganizationOf: "url",
      organizationType: "string",
      classification: "string",
      startDate: "date",
      endDate: "date",
      website: "url",
      location: "object:Location",
      externalBody: "url",
    },
  },
  Person: {
    required: ["id", "type"],
    fields: {
      body: "url",
      name: "string",
      familyName: "string",
      givenName: "string",
      formOfAddress: "string",
      affix: "string",
      title: "string[]",
      gender: "string",
      phone: "string[]",
      email: "string[]",
      location: "url",
      locationObject: "object:Location",
      status: "string[]",
      membership: "object[]:Membership",
      life: "string",
      lifeSource: "string",
    },
  },
  Membership: {
    required: ["id", "type"],
    fields: {
      person: "url",
      organization: "url",
      role: "string",
      votingRight: "boolean",
      startDate: "date",
      endDate: "date",
      onBehalfOf: "url",
    },
  },
  Meeting: {
    required: ["id", "type"],
    fields: {
      name: "string",
      meetingState: "string",
      cancelled: "boolean",
      start: "date-time",
      end: "date-time",
      location: "object:Location",
      organization: "url[]",
      participant: "url[]",
      invitation: "object:File",
      resultsProtocol: "object:File",
      verbatimProtocol: "object:File",
      auxiliaryFile: "object[]:File",
      agendaItem: "object[]:AgendaItem",
    },
  },
  AgendaItem: {
    required: ["id", "type"],
    fields: {
      meeting: "url",
      number: "string",
      order: "integer",
      name: "string",
      public: "boolean",
      consultation: "url",
      result: "string",
      resolutionText: "string",
      resolutionFile: "object:File",
      auxiliaryFile: "object[]:File",
      start: "date-time",
      end: "date-time",
    },
  },
  Paper: {
    required: ["id", "type"],
    fields: {
      body: "url",
      name: "string",
      reference: "string",
      date: "date",
      paperType: "string",
      relatedPaper: "url[]",
      superordinatedPaper: "url[]",
      subordinatedPaper: "url[]",
      mainFile: "object:File",
      auxiliaryFile: "object[]:File",
      location: "object[]:Location",
      originatorPerson: "url[]",
      underDirectionOf: "url[]",
      originatorOrganization: "url[]",
      consultation: "object[]:Consultation",
    },
  },
  Consultation: {
    required: ["id", "type"],
    fields: {
      paper: "url",
      agendaItem: "url",
      meeting: "url",
      organization: "url[]",
      authoritative: "boolean",
      role: "string",
    },
  },
  File: {
    required: ["id", "type", "accessUrl"],
    fields: {
      fileName: "string",
      name: "string",
      mimeType: "string",
      date: "date",
      size: "integer",
      sha1Checksum: "string",
      sha512Checksum: "string",
      text: "string",
      accessUrl: "url",
      downloadUrl: "url",
      externalServiceUrl: "url",
      masterFile: "url",
      derivativeFile: "url[]",
      fileLicense: "url",
      meeting: "url[]",
      agendaItem: "url[]",
      person: "url[]",
      paper: "url[]",
    },
  },
  Location: {
    required: ["id", "type"],
    fields: {
      description: "string",
      geojson: "object",
      streetAddress: "string",
      room: "string",
      postalCode: "string",
      subLocality: "string",
      locality: "string",
      bodies: "url[]",
      organizations: "url[]",
      persons: "url[]",
      meetings: "url[]",
      papers: "url[]",
    },
  },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v);

function checkValue(kind: Kind, value: unknown, where: string, problems: string[], seen: Record<string, unknown>[]) {
  const bad = (what: string) => problems.push(`${where}: ${what}, ist ${JSON.stringify(value)?.slice(0, 80)}`);
  if (kind === "url") return void (isUrl(value) || bad("keine URL"));
  if (kind === "url[]") return void ((Array.isArray(value) && value.every(isUrl)) || bad("keine Liste von URLs"));
  if (kind === "string") return void (typeof value === "string" || bad("kein String"));
  if (kind === "string[]")
    return void ((Array.isArray(value) && value.every((s) => typeof s === "string")) || bad("keine Liste von Strings"));
  if (kind === "boolean") return void (typeof value === "boolean" || bad("kein Boolean"));
  if (kind === "integer") return void (Number.isInteger(value) || bad("keine ganze Zahl"));
  if (kind === "date") return void ((typeof value === "string" && DATE.test(value)) || bad("kein Datum (JJJJ-MM-TT)"));
  if (kind === "date-time")
    return void (
      (typeof value === "string" && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) ||
      bad("kein Zeitpunkt nach RFC 3339")
    );
  if (kind === "object")
    return void ((value && typeof value === "object" && !Array.isArray(value)) || bad("kein Objekt"));
  const [shape, type] = kind.split(":") as [string, string];
  const list = shape === "object[]" ? value : [value];
  if (!Array.isArray(list)) return void bad("keine Liste von Objekten");
  for (const [index, item] of list.entries()) {
    if (!item || typeof item !== "object") {
      bad(`kein ${type}-Objekt`);
      continue;
    }
    const embedded = item as Record<string, unknown>;
    seen.push(embedded);
    problems.push(...validateOParl(embedded, `${where}[${index}]`, type, seen));
  }
}

/**
 * Problems of one OParl object against the 1.1 definitions (empty when it conforms).
 * Embedded objects found are pushed to `seen`, so callers can check their URLs as well.
 */
export function validateOParl(
  object: Record<string, unknown>,
  where = "",
  expected?: string,
  seen: Record<string, unknown>[] = [],
): string[] {
  const problems: string[] = [];
  const type = typeof object.type === "string" ? object.type.replace(/^https:\/\/schema\.oparl\.org\/1\.1\//, "") : "";
  const at = `${where || String(object.id)} (${type || "?"})`;
  const definition = OPARL_TYPES[type];
  if (!definition || object.type !== `https://schema.oparl.org/1.1/${type}`)
    return [`${at}: unbekannter Typ ${String(object.type)}`];
  if (expected && type !== expected) problems.push(`${at}: erwartet ${expected}`);
  if (object.deleted === true) {
    // A deleted object keeps id, type and its times, nothing else.
    for (const key of Object.keys(object))
      if (!["id", "type", "created", "modified", "deleted"].includes(key))
        problems.push(`${at}: gelöschtes Objekt mit Inhalt (${key})`);
  } else {
    for (const key of definition.required) if (!(key in object)) problems.push(`${at}: Pflichtfeld ${key} fehlt`);
  }
  for (const key of ["created", "modified"]) if (!(key in object)) problems.push(`${at}: ${key} fehlt`);
  if (
    typeof object.created === "string" &&
    typeof object.modified === "string" &&
    Date.parse(object.modified) < Date.parse(object.created)
  )
    problems.push(`${at}: modified (${object.modified}) liegt vor created (${object.created})`);
  for (const [key, value] of Object.entries(object)) {
    const kind = definition.fields[key] ?? COMMON[key];
    if (kind) checkValue(kind, value, `${at}.${key}`, problems, seen);
    else if (!key.startsWith("bildungsnetz:"))
      problems.push(`${at}: Feld ${key} gibt es in OParl 1.1 nicht (Erweiterungen tragen das Präfix bildungsnetz:)`);
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0 && key !== "legislativeTerm"))
      problems.push(`${at}: leeres Feld ${key} (OParl: weglassen)`);
  }
  return problems;
}
