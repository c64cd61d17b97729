// Demo data: three regions with fictional people. Runs as the app role through
// withRegion, so the seed passes the same Row-Level Security as the portal.
import { withoutRegion, withRegion, type Tx } from "../lib/core/db/client.ts";
import {
  createGovernmentDistrict,
  createMeeting,
  createMembership,
  createOffer,
  createPerson,
  createRegion,
  createStandardStructure,
  createUser,
  grantRole,
} from "../tests/factories/index.ts";
import { GOVERNMENT_DISTRICTS } from "../lib/regions/nrw-standards.ts";
import { loadRegionAccess } from "../lib/tenancy/region-access.ts";
import { berlinLocalToUtc, utcToBerlinLocal } from "../lib/core/validation/berlin-time.ts";
import { closePollInTx } from "../lib/voting/close-poll.ts";
import { canGrantPlatformRoles, grantPlatformRole } from "../lib/platform/grant-platform-role.ts";
import { publishPoll } from "../lib/voting/publish-poll.ts";
import { openPoll } from "../lib/voting/open-poll.ts";
import { createPoll } from "../lib/voting/poll-drafts.ts";
import { seedFollowUp } from "./seed-follow-up.ts";

export const DEMO_PASSWORD = "Bildung-NRW-2026";

type RoleName = "OFFICE_LEAD" | "OFFICE_STAFF" | "STEERING_MEMBER" | "CONFERENCE_MEMBER" | "PARTNER";
interface DemoLogin {
  email: string;
  name: string;
  role: RoleName;
}

interface SeatPlan {
  category: string;
  min: number;
  max: number | null;
  people: [string, string, string][];
}

interface RegionPlan {
  slug: string;
  name: string;
  kind: "KREIS" | "KREISFREIE_STADT";
  district: string;
  about: string;
  contact: { contactName: string; contactEmail: string; contactPhone: string; contactAddress: string; website: string };
  localities: { kind: "MUNICIPALITY" | "QUARTER"; name: string }[];
  steering: SeatPlan[];
  logins: DemoLogin[];
  offers: {
    title: string;
    summary: string;
    kind: "PROJECT" | "EVENT" | "LEARNING_PLACE" | "COUNSELLING" | "TRAINING";
    field: string;
    locality: string;
    place: string;
    street: string;
    postalCode: string;
    inDays: number;
  }[];
}

const loginsFor = (domain: string, names: [string, string, string, string, string]): DemoLogin[] => [
  { email: `leitung@${domain}`, name: names[0], role: "OFFICE_LEAD" },
  { email: `buero@${domain}`, name: names[1], role: "OFFICE_STAFF" },
  { email: `lenkungskreis@${domain}`, name: names[2], role: "STEERING_MEMBER" },
  { email: `konferenz@${domain}`, name: names[3], role: "CONFERENCE_MEMBER" },
  { email: `partner@${domain}`, name: names[4], role: "PARTNER" },
];

const REGIONS: RegionPlan[] = [
  {
    slug: "kreis-mettmann",
    name: "Kreis Mettmann",
    kind: "KREIS",
    district: "duesseldorf",
    about:
      "Das Regionale Bildungsnetzwerk Kreis Mettmann verbindet Schulen, Kitas, Jugendhilfe, Wirtschaft und Kultur in den zehn kreisangehörigen Städten. Gemeinsam gestalten wir gelingende Bildungsübergänge – von der Kita bis in den Beruf.",
    contact: {
      contactName: "Bildungsbüro Kreis Mettmann",
      contactEmail: "bildungsbuero@kreis-mettmann.example",
      contactPhone: "02104 99-0000",
      contactAddress: "Düsseldorfer Straße 26, 40822 Mettmann",
      website: "https://www.kreis-mettmann.example/bildung",
    },
    localities: [
      "Erkrath",
      "Haan",
      "Heiligenhaus",
      "Hilden",
      "Langenfeld",
      "Mettmann",
      "Monheim am Rhein",
      "Ratingen",
      "Velbert",
      "Wülfrath",
    ].map((name) => ({ kind: "MUNICIPALITY" as const, name })),
    steering: [
      {
        category: "schulaufsicht",
        min: 0,
        max: 3,
        people: [
          ["Dr. Jürgen", "Köhler", "Bezirksregierung Düsseldorf"],
          ["Sabine", "Müller-Özdemir", "Schulamt für den Kreis Mettmann"],
        ],
      },
      { category: "kreis", min: 1, max: 1, people: [["Björn", "Schäfer", "Kreis Mettmann, Dezernat Bildung"]] },
      {
        category: "kommune",
        min: 0,
        max: 3,
        people: [
          ["Dörte", "Brückner", "Stadt Ratingen"],
          ["Günther", "Weiß", "Stadt Velbert"],
        ],
      },
      {
        category: "schulleitung",
        min: 2,
        max: 2,
        people: [
          ["Ayşe", "Yılmaz", "Gesamtschule Hilden"],
          ["Jörg", "Hüsken", "Grundschule Am Neandertal"],
        ],
      },
      {
        category: "bildungsbuero",
        min: 2,
        max: 2,
        people: [
          ["Claudia", "Wörner", "Bildungsbüro"],
          ["Mehmet", "Öztürk", "Bildungsbüro"],
        ],
      },
    ],
    logins: loginsFor("kreis-mettmann.example", [
      "Claudia Wörner",
      "Mehmet Öztürk",
      "Björn Schäfer",
      "Annegret Fröhlich",
      "Lüder Krämer",
    ]),
    offers: [
      {
        title: "MINT-Forscherwerkstatt für Grundschulen",
        summary: "Experimentieren mit Wasser, Luft und Strom für die Klassen 3 und 4.",
        kind: "PROJECT",
        field: "mint",
        locality: "Hilden",
        place: "zdi-Zentrum Kreis Mettmann",
        street: "Gerresheimer Straße 12",
        postalCode: "40721",
        inDays: 10,
      },
      {
        title: "Berufsorientierungsmesse Neandertal",
        summary: "Über 60 Betriebe stellen Ausbildungsberufe vor – mit Bewerbungsmappen-Check.",
        kind: "EVENT",
        field: "kaoa",
        locality: "Mettmann",
        place: "Stadthalle Mettmann",
        street: "Neanderstraße 85",
        postalCode: "40822",
        inDays: 24,
      },
      {
        title: "Museum als Lernort: Steinzeit erleben",
        summary: "Workshops im Neanderthal Museum für alle Schulformen.",
        kind: "LEARNING_PLACE",
        field: "ausserschulische-lernorte",
        locality: "Mettmann",
        place: "Neanderthal Museum",
        street: "Talstraße 300",
        postalCode: "40822",
        inDays: 5,
      },
    ],
  },
  {
    slug: "bielefeld",
    name: "Stadt Bielefeld",
    kind: "KREISFREIE_STADT",
    district: "detmold",
    about:
      "Das Bildungsnetzwerk Bielefeld arbeitet stadtweit und in vier Quartieren mit besonderem Unterstützungsbedarf. Im Mittelpunkt stehen Sprachbildung, Übergänge und die Zusammenarbeit von Schule und Jugendhilfe.",
    contact: {
      contactName: "Bildungsbüro der Stadt Bielefeld",
      contactEmail: "bildungsbuero@bielefeld.example",
      contactPhone: "0521 51-0000",
      contactAddress: "Niederwall 23, 33602 Bielefeld",
      website: "https://www.bielefeld.example/bildung",
    },
    localities: ["Baumheide", "Sennestadt", "Sieker", "Brackwede"].map((name) => ({ kind: "QUARTER" as const, name })),
    steering: [
      {
        category: "schulaufsicht",
        min: 1,
        max: 3,
        people: [
          ["Frauke", "Pöhler", "Bezirksregierung Detmold"],
          ["Ömer", "Çelik", "Schulamt für die Stadt Bielefeld"],
        ],
      },
      { category: "stadt", min: 1, max: 2, people: [["Käthe", "Lübke", "Dezernat Schule, Bürger und Kultur"]] },
      {
        category: "schulleitung",
        min: 2,
        max: 2,
        people: [
          ["Svenja", "Bößling", "Gymnasium am Waldhof"],
          ["Lars", "Großkopf", "Grundschule Sieker"],
        ],
      },
      { category: "bildungsbuero", min: 1, max: 2, people: [["Hülya", "Aydın", "Bildungsbüro"]] },
    ],
    logins: loginsFor("bielefeld.example", [
      "Hülya Aydın",
      "Tobias Märtens",
      "Käthe Lübke",
      "Renée Schröder",
      "Uwe Tüns",
    ]),
    offers: [
      {
        title: "Sprachcafé für neu zugewanderte Eltern",
        summary: "Deutsch im Alltag, Schulsystem verstehen, Fragen stellen – mit Kinderbetreuung.",
        kind: "COUNSELLING",
        field: "neuzugewanderte",
        locality: "Baumheide",
        place: "Familienzentrum Baumheide",
        street: "Rabenhof 66",
        postalCode: "33609",
        inDays: 3,
      },
      {
        title: "Fortbildung: Digitale Medien im Unterricht",
        summary: "Tablets, Lernplattformen und Datenschutz für Lehrkräfte aller Schulformen.",
        kind: "TRAINING",
        field: "digitaler-wandel",
        locality: "Sennestadt",
        place: "Medienzentrum Sennestadt",
        street: "Elbeallee 70",
        postalCode: "33689",
        inDays: 17,
      },
    ],
  },
  {
    slug: "rhein-sieg-kreis",
    name: "Rhein-Sieg-Kreis",
    kind: "KREIS",
    district: "koeln",
    about:
      "Das Bildungsnetzwerk im Rhein-Sieg-Kreis bündelt die Bildungsangebote von 19 Städten und Gemeinden zwischen Rhein, Sieg und Siebengebirge – mit Schwerpunkten auf MINT und kultureller Bildung.",
    contact: {
      contactName: "Bildungsbüro Rhein-Sieg-Kreis",
      contactEmail: "bildungsbuero@rhein-sieg-kreis.example",
      contactPhone: "02241 13-0000",
      contactAddress: "Kaiser-Wilhelm-Platz 1, 53721 Siegburg",
      website: "https://www.rhein-sieg-kreis.example/bildung",
    },
    localities: ["Siegburg", "Troisdorf", "Königswinter", "Bad Honnef", "Sankt Augustin"].map((name) => ({
      kind: "MUNICIPALITY" as const,
      name,
    })),
    steering: [
      { category: "schulaufsicht", min: 1, max: 3, people: [["Heinz-Jürgen", "Hölzer", "Bezirksregierung Köln"]] },
      { category: "kreis", min: 1, max: 1, people: [["Marlies", "Kühn", "Rhein-Sieg-Kreis, Schulamt"]] },
      { category: "schulleitung", min: 2, max: 2, people: [["Rüdiger", "Sänger", "Berufskolleg Siegburg"]] },
      { category: "bildungsbuero", min: 1, max: 2, people: [["Anke", "Dübbers", "Bildungsbüro"]] },
    ],
    logins: [{ email: "leitung@rhein-sieg-kreis.example", name: "Anke Dübbers", role: "OFFICE_LEAD" }],
    offers: [
      {
        title: "Kulturrucksack: Theaterwerkstatt Siebengebirge",
        summary: "Theater spielen für Kinder von 10 bis 14 Jahren – kostenfrei.",
        kind: "EVENT",
        field: "kulturelle-bildung",
        locality: "Königswinter",
        place: "Jugendzentrum Königswinter",
        street: "Drachenfelsstraße 4",
        postalCode: "53639",
        inDays: 12,
      },
    ],
  },
];

export interface SeedResult {
  created: boolean;
  regions: string[];
}

/**
 * `ownerUrl`: the owner role's connection (MIGRATE_DATABASE_URL), used for one thing only —
 * the platform roles of the two demo platform logins, which the app role cannot grant
 * (issue 19, finding 8). Everything else runs as the app role.
 */
export async function seedDemoData(
  log: (line: string) => void = () => {},
  options: { ownerUrl?: string } = {},
): Promise<SeedResult> {
  const existing = await withoutRegion((tx) =>
    tx.region.count({ where: { slug: { in: REGIONS.map((r) => r.slug) } } }),
  );
  if (existing > 0) {
    log("Demo-Daten sind bereits vorhanden – nichts zu tun.");
    return { created: false, regions: [] };
  }
  const ownerUrl = options.ownerUrl;
  if (!ownerUrl || !(await canGrantPlatformRoles(ownerUrl)))
    throw new Error(
      "Die Demo-Daten brauchen für die Plattform-Rollen die Verbindung der Besitzer-Rolle (MIGRATE_DATABASE_URL); " +
        "die App-Rolle darf keine Plattform-Rollen vergeben.",
    );

  const { districts, admin, supervisor } = await withoutRegion(async (tx) => {
    const result = new Map<string, string>();
    for (const district of GOVERNMENT_DISTRICTS)
      result.set(district.slug, (await createGovernmentDistrict(tx, district)).id);
    const admin = await createUser(tx, {
      email: "admin@bildungsnetz.example",
      name: "Plattform-Betrieb",
      password: DEMO_PASSWORD,
    });
    const supervisor = await createUser(tx, {
      email: "aufsicht@bezreg-detmold.example",
      name: "Dr. Friederike Blömer",
      password: DEMO_PASSWORD,
    });
    return { districts: result, admin, supervisor };
  });
  await grantPlatformRole(ownerUrl, admin.id, "PLATFORM_ADMIN");
  await grantPlatformRole(ownerUrl, supervisor.id, "SUPERVISOR", districts.get("detmold")!);

  for (const plan of REGIONS) {
    const region = await withoutRegion((tx) =>
      createRegion(tx, {
        slug: plan.slug,
        name: plan.name,
        kind: plan.kind,
        governmentDistrictId: districts.get(plan.district)!,
        about: plan.about,
        ...plan.contact,
      }),
    );
    const users = await withoutRegion(
      async (tx) => {
        const created = [];
        for (const login of plan.logins)
          created.push({
            login,
            user: await createUser(tx, { email: login.email, name: login.name, password: DEMO_PASSWORD }),
          });
        return created;
      },
      { timeoutMs: 60_000 },
    );
    await withRegion(region.id, (tx) => seedRegion(tx, region.id, plan, users), { timeoutMs: 60_000 });
    const lead = users.find((u) => u.login.role === "OFFICE_LEAD");
    if (lead && plan.logins.some((l) => l.role === "STEERING_MEMBER")) {
      await seedPolls(region.id, lead.user.id);
      if (plan.slug === "bielefeld") await seedFollowUp(region.id, lead.user.id);
    }
    log(`Demo-Region angelegt: ${plan.name} (/${plan.slug})`);
  }
  return { created: true, regions: REGIONS.map((r) => r.slug) };
}

async function seedRegion(
  tx: Tx,
  regionId: string,
  plan: RegionPlan,
  users: { login: DemoLogin; user: { id: string } }[],
) {
  const structure = await createStandardStructure(tx, regionId);
  const localities = new Map<string, string>();
  for (const locality of plan.localities)
    localities.set(locality.name, (await tx.locality.create({ data: { regionId, ...locality } })).id);

  for (const { login, user } of users)
    await grantRole(tx, regionId, user.id, login.role, { invitedName: login.name, acceptedAt: new Date() });

  const agreement = await tx.cooperationAgreement.create({
    data: {
      regionId,
      signedOn: new Date("2009-03-16"),
      parties: `Land Nordrhein-Westfalen, vertreten durch das Ministerium für Schule und Bildung, und ${plan.name}`,
      isOpenEnded: true,
      supplements: "Ergänzungsvereinbarung 2019: Schwerpunkt Bildung im digitalen Wandel.",
    },
  });
  await tx.quorumRule.create({
    data: {
      regionId,
      agreementId: agreement.id,
      bodyId: structure.steering.id,
      kind: "MORE_THAN_HALF",
      deputiesCount: true,
    },
  });
  await tx.seatRule.create({
    data: {
      regionId,
      agreementId: agreement.id,
      bodyId: structure.steering.id,
      seatCategoryId: structure.category("gast").id,
      minSeats: 0,
      maxSeats: null,
      hasVote: false,
      isAdvisory: true,
    },
  });

  const loginPeople = new Map(users.map(({ login, user }) => [login.name, { userId: user.id, role: login.role }]));
  for (const seat of plan.steering) {
    const category = structure.category(seat.category);
    await tx.seatRule.create({
      data: {
        regionId,
        agreementId: agreement.id,
        bodyId: structure.steering.id,
        seatCategoryId: category.id,
        minSeats: seat.min,
        maxSeats: seat.max,
        hasVote: true,
      },
    });
    for (const [index, [givenName, familyName, organisation]] of seat.people.entries()) {
      const login = loginPeople.get(`${givenName} ${familyName}`);
      const person = await createPerson(tx, regionId, {
        givenName,
        familyName,
        organisation,
        email: `${familyName
          .toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z]/g, "")}@${plan.slug}.example`,
        publicationConsent: index % 2 === 0,
        consentGivenAt: index % 2 === 0 ? new Date("2024-01-15") : null,
        userId: login?.userId ?? null,
      });
      await createMembership(tx, regionId, {
        bodyId: structure.steering.id,
        personId: person.id,
        seatCategoryId: category.id,
        hasVote: true,
        function: seat.category === "kreis" || seat.category === "stadt" ? "CHAIR" : "MEMBER",
      });
      if (login) loginPeople.delete(`${givenName} ${familyName}`);
    }
  }
  // Logins that hold no steering seat still get a person record in the body they work in.
  for (const [name, { userId, role }] of loginPeople) {
    const [givenName, ...rest] = name.split(" ");
    const person = await createPerson(tx, regionId, {
      givenName: givenName!,
      familyName: rest.join(" "),
      userId,
      organisation: plan.name,
    });
    const body = role === "CONFERENCE_MEMBER" ? structure.conference : role === "PARTNER" ? null : structure.office;
    if (body)
      await createMembership(tx, regionId, {
        bodyId: body.id,
        personId: person.id,
        seatCategoryId: structure.category(role === "CONFERENCE_MEMBER" ? "kommune" : "bildungsbuero").id,
        hasVote: role === "CONFERENCE_MEMBER",
      });
  }

  // Every demo date is relative to the day of seeding (upcoming meetings stay upcoming), at a
  // Berlin wall-clock hour in summer and winter alike.
  const at = (days: number, hour: number) => {
    const day = utcToBerlinLocal(new Date(Date.now() + days * 86_400_000)).slice(0, 10);
    return berlinLocalToUtc(`${day}T${String(hour).padStart(2, "0")}:00`)!;
  };
  const berlinYear = (date: Date) => utcToBerlinLocal(date).slice(0, 4);
  await createMeeting(tx, regionId, {
    bodyId: structure.steering.id,
    title: "4. Sitzung des Lenkungskreises",
    startsAt: at(9, 14),
    endsAt: at(9, 16),
    location: `Kreishaus, Sitzungsraum 2`,
    status: "INVITED",
    isPublic: false,
  });
  await createMeeting(tx, regionId, {
    bodyId: structure.conference.id,
    title: "Bildungskonferenz: Übergänge gemeinsam gestalten",
    startsAt: at(30, 9),
    endsAt: at(30, 15),
    location: "Stadthalle",
    status: "PLANNED",
    isPublic: true,
  });
  await createMeeting(tx, regionId, {
    bodyId: structure.steering.id,
    title: "3. Sitzung des Lenkungskreises",
    startsAt: at(-60, 14),
    endsAt: at(-60, 16),
    location: "Kreishaus, Sitzungsraum 2",
    status: "HELD",
    isPublic: false,
  });

  for (const offer of plan.offers) {
    const place = await tx.place.create({
      data: {
        regionId,
        name: offer.place,
        street: offer.street,
        postalCode: offer.postalCode,
        city: offer.locality,
        localityId: localities.get(offer.locality) ?? null,
      },
    });
    const created = await createOffer(tx, regionId, {
      title: offer.title,
      summary: offer.summary,
      description: offer.summary,
      kind: offer.kind,
      status: "PUBLISHED",
      publishedAt: new Date(),
      placeId: place.id,
      targetGroups: ["PRIMARY", "SECONDARY_I"],
      isFree: true,
      contactName: plan.contact.contactName,
      contactEmail: plan.contact.contactEmail,
    });
    const field = structure.fields.find((f) => f.slug === offer.field)!;
    await tx.offerFieldOfAction.create({ data: { regionId, offerId: created.id, fieldOfActionId: field.id } });
    await tx.offerDate.create({
      data: { regionId, offerId: created.id, startsAt: at(offer.inDays, 10), endsAt: at(offer.inDays, 13) },
    });
  }

  // The loop: last year's conference with its forums and a recommendation from one of them
  // (not yet forwarded), and an upcoming Fachtag with public registration.
  const field = (slug: string) => structure.fields.find((f) => f.slug === slug) ?? structure.fields[0]!;
  const past = await tx.event.create({
    data: {
      regionId,
      kind: "CONFERENCE",
      title: `Bildungskonferenz ${berlinYear(at(-120, 9))}`,
      startsAt: at(-120, 9),
      endsAt: at(-120, 15),
      location: "Stadthalle",
      capacity: 150,
      registrationOpen: false,
    },
  });
  const pastForums = [];
  for (const [position, f] of structure.fields.slice(0, 3).entries()) {
    pastForums.push(
      await tx.eventForum.create({
        data: { regionId, eventId: past.id, position: position + 1, title: `Forum ${f.name}`, fieldOfActionId: f.id },
      }),
    );
  }
  await tx.recommendation.create({
    data: {
      regionId,
      bodyId: structure.conference.id,
      fieldOfActionId: pastForums[0]!.fieldOfActionId!,
      eventId: past.id,
      eventForumId: pastForums[0]!.id,
      forum: pastForums[0]!.title,
      title: "Gemeinsame Fortbildungen für Kita- und Grundschulkräfte",
      text: "Die Bildungskonferenz empfiehlt, jährlich mindestens zwei gemeinsame Fortbildungen für pädagogische Fachkräfte aus Kitas und Lehrkräfte aus Grundschulen anzubieten, um den Übergang besser abzustimmen.",
      createdAt: at(-119, 10),
    },
  });
  const fachtag = await tx.event.create({
    data: {
      regionId,
      kind: "SYMPOSIUM",
      title: "Fachtag Übergänge gestalten",
      startsAt: at(45, 9),
      endsAt: at(45, 16),
      location: "Kreishaus, Großer Sitzungssaal",
      capacity: 80,
      description:
        "Ein Tag für Fachkräfte aus Kitas, Schulen, Jugendhilfe und Beratung: Impulse am Vormittag, Foren je Handlungsfeld am Nachmittag.",
    },
  });
  for (const [position, slug] of ["uebergang-kita-grundschule", "kaoa", "mint"].entries()) {
    const f = field(slug);
    await tx.eventForum.create({
      data: { regionId, eventId: fachtag.id, position: position + 1, title: `Forum ${f.name}`, fieldOfActionId: f.id },
    });
  }
  await tx.auditEvent.create({
    data: {
      regionId,
      action: "seed",
      entityType: "Region",
      entityId: regionId,
      details: { note: "Demo-Daten angelegt" },
    },
  });
}

/**
 * Two polls of the Lenkungskreis, made through the use cases: a priority ranking held in the
 * last meeting (closed, result published, ready to become next year's work programme), and a
 * yes/no Umlaufverfahren that is open — the demo login lenkungskreis@… can vote in it.
 */
async function seedPolls(regionId: string, leadUserId: string) {
  const access = await loadRegionAccess(regionId, leadUserId);
  const lead = { regionId, userId: leadUserId, can: access.can };
  const { steering, held, fields } = await withRegion(regionId, async (tx) => ({
    steering: await tx.body.findFirstOrThrow({ where: { regionId, kind: "STEERING" } }),
    held: await tx.meeting.findFirstOrThrow({ where: { regionId, status: "HELD" } }),
    fields: await tx.fieldOfAction.findMany({ where: { regionId }, orderBy: { position: "asc" }, take: 4 }),
  }));
  const programmeYear = Number(utcToBerlinLocal(new Date()).slice(0, 4)) + 1;
  const item = await withRegion(regionId, (tx) =>
    tx.agendaItem.create({
      data: {
        regionId,
        meetingId: held.id,
        position: 1,
        number: "TOP 1",
        title: `Prioritäten für das Arbeitsprogramm ${programmeYear}`,
        kind: "DECISION",
        isPublic: false,
      },
    }),
  );
  const common = { bodyId: steering.id, majorityRule: "SIMPLE", majorityBase: "YES_NO", requireQuorum: "on" };
  const ranking = await createPoll(lead, {
    ...common,
    agendaItemId: item.id,
    title: `Prioritäten für das Arbeitsprogramm ${programmeYear}`,
    method: "RANKING",
    secrecy: "SECRET",
    options: "",
    description: "Bitte ordnen Sie die Handlungsfelder nach ihrer Bedeutung für das kommende Jahr.",
    ...Object.fromEntries(fields.map((f) => [`field:${f.id}`, "on"])),
  });
  await openPoll(lead, { pollId: ranking.id });
  await withRegion(regionId, async (tx) => {
    const seats = await tx.pollVoter.findMany({
      where: { regionId, pollId: ranking.id },
      orderBy: { personId: "asc" },
    });
    const options = await tx.pollOption.findMany({
      where: { regionId, pollId: ranking.id },
      orderBy: { position: "asc" },
    });
    const rotate = (n: number) => options.map((_, i) => options[(i + n) % options.length]!.id);
    for (const [index, seat] of seats.slice(0, -1).entries()) {
      await tx.pollParticipation.create({
        data: { regionId, pollId: ranking.id, voterId: seat.id, personId: seat.personId },
      });
      await tx.secretBallot.create({
        data: { regionId, pollId: ranking.id, choice: { order: rotate(index < 5 ? 0 : index < 7 ? 1 : 2) } },
      });
    }
    await closePollInTx(tx, regionId, ranking.id, leadUserId);
  });
  await publishPoll(lead, { pollId: ranking.id });

  const circular = await createPoll(lead, {
    ...common,
    title: "Umlaufverfahren: Beitritt zur Initiative „Lesestart vor Ort“",
    method: "YES_NO_ABSTAIN",
    secrecy: "NAMED",
    options: "",
    allowChange: "on",
    description:
      "Das Bildungsbüro schlägt vor, der Initiative beizutreten. Kosten: keine; Aufwand: eine halbe Stelle für sechs Monate aus dem bestehenden Budget.",
    closesAt: `${utcToBerlinLocal(new Date(Date.now() + 6 * 86_400_000)).slice(0, 14)}00`,
    reminderHours: "24",
  });
  await openPoll(lead, { pollId: circular.id });
}
