"use server";

import { inBody } from "@/lib/governance/in-body";
import { regionAction } from "@/lib/core/forms/region-action";
import { addMembership, endMembership } from "@/lib/governance/memberships";
import { createSeatCategory } from "@/lib/governance/create-seat-category";
import { saveAgreement } from "@/lib/governance/save-agreement";
import { createPerson, setEmailConsent, setPublicationConsent } from "@/lib/governance/people";
import { saveQuorumRule } from "@/lib/governance/save-quorum-rule";
import { deleteSeatRule, saveSeatRule } from "@/lib/governance/seat-rules";
import { attachSignedAgreement } from "@/lib/governance/attach-signed-agreement";
import { saveLegalPage } from "@/lib/regions/legal-pages";
import { personName } from "@/lib/governance/load-composition";

export const saveAgreementAction = regionAction(
  "agreement.manage",
  async ({ actor, input }) => {
    await saveAgreement(actor, input);
    return { message: "Der Kooperationsvertrag ist gespeichert." };
  },
  { revalidate: "/" },
);

export const uploadAgreementAction = regionAction(
  "agreement.manage",
  async ({ actor, formData }) => {
    const document = await attachSignedAgreement(actor, formData.get("file"));
    return { message: `Der unterschriebene Vertrag „${document.fileName}“ ist gespeichert.` };
  },
  { revalidate: "/" },
);

export const createSeatCategoryAction = regionAction(
  "agreement.manage",
  async ({ actor, input }) => {
    const category = await createSeatCategory(actor, input);
    return { message: `Die Sitzkategorie „${category.name}“ ist angelegt.` };
  },
  { revalidate: "/" },
);

export const saveSeatRuleAction = regionAction(
  "agreement.manage",
  async ({ actor, input }) => {
    const { category, body } = await saveSeatRule(actor, input);
    return { message: `Die Sitzregel „${category.name}“ ${inBody(body.name)} ist gespeichert.` };
  },
  { revalidate: "/" },
);

// Destructive row actions redirect to the page with their audit entry, which the page shows
// as confirmation (the row, and the form's own message with it, is gone).
export const deleteSeatRuleAction = regionAction(
  "agreement.manage",
  async ({ actor, input }) => {
    const rule = await deleteSeatRule(actor, input);
    return { message: `Die Sitzregel „${rule.seatCategory.name}“ ist entfernt.`, auditId: rule.auditId };
  },
  { revalidate: "/", redirect: ({ auditId }, { slug }) => `/${slug}/intern/verwaltung/vertrag?erledigt=${auditId}` },
);

export const saveQuorumRuleAction = regionAction(
  "agreement.manage",
  async ({ actor, input }) => {
    await saveQuorumRule(actor, input);
    return { message: "Die Regel zur Beschlussfähigkeit ist gespeichert." };
  },
  { revalidate: "/" },
);

export const createPersonAction = regionAction(
  "memberships.manage",
  async ({ actor, input }) => {
    const person = await createPerson(actor, input);
    return { message: `${personName(person)} ist angelegt.` };
  },
  { revalidate: "/" },
);

export const setConsentAction = regionAction(
  "memberships.manage",
  async ({ actor, input }) => {
    const person = await setPublicationConsent(actor, input);
    return {
      message: person.publicationConsent
        ? `${personName(person)} wird öffentlich genannt.`
        : `${personName(person)} wird öffentlich nicht mehr genannt.`,
    };
  },
  { revalidate: "/" },
);

export const setEmailConsentAction = regionAction(
  "memberships.manage",
  async ({ actor, input }) => {
    const person = await setEmailConsent(actor, input);
    return {
      message: person.emailConsent
        ? `Die E-Mail-Adresse von ${personName(person)} erscheint in den offenen Daten.`
        : `Die E-Mail-Adresse von ${personName(person)} erscheint nicht mehr in den offenen Daten.`,
    };
  },
  { revalidate: "/" },
);

export const addMembershipAction = regionAction(
  "memberships.manage",
  async ({ actor, input }) => {
    const { person, body, warnings } = await addMembership(actor, input);
    return { message: `${personName(person)} ist jetzt Mitglied ${inBody(body.name)}.`, warnings };
  },
  { revalidate: "/" },
);

export const endMembershipAction = regionAction(
  "memberships.manage",
  async ({ actor, input }) => {
    const { person, warnings, auditId, bodySlug } = await endMembership(actor, input);
    return { message: `Die Mitgliedschaft von ${personName(person)} ist beendet.`, warnings, auditId, bodySlug };
  },
  {
    revalidate: "/",
    redirect: ({ auditId, bodySlug }, { slug }) => `/${slug}/intern/verwaltung/gremien/${bodySlug}?erledigt=${auditId}`,
  },
);

export const saveLegalPageAction = regionAction(
  "region.manage",
  async ({ actor, input }) => {
    const saved = await saveLegalPage(actor, input);
    return {
      message: saved.isDefault
        ? `„${saved.title}“ zeigt wieder den Standardtext.`
        : `„${saved.title}“ ist gespeichert und öffentlich sichtbar.`,
    };
  },
  { revalidate: "/" },
);
