"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { addMembership, endMembership } from "@/lib/governance/add-membership";
import { createSeatCategory } from "@/lib/governance/create-seat-category";
import { saveAgreement } from "@/lib/governance/save-agreement";
import { createPerson, setEmailConsent, setPublicationConsent } from "@/lib/governance/save-person";
import { saveQuorumRule } from "@/lib/governance/save-quorum-rule";
import { deleteSeatRule, saveSeatRule } from "@/lib/governance/save-seat-rule";
import { attachSignedAgreement } from "@/lib/governance/attach-signed-agreement";
import { saveLegalPage } from "@/lib/regions/legal-pages";
import { personName } from "@/lib/governance/load-composition";
import type { Permission } from "@/lib/permissions";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

const input = (formData: FormData) => Object.fromEntries(formData);

async function act(
  slug: string,
  permission: Permission,
  formData: FormData,
  work: (actor: ReturnType<typeof actorOf>) => Promise<{ message: string; warnings?: string[] }>,
): Promise<FormState> {
  const context = await requireRegion(slug, permission);
  const state = await runForm(formData, () => work(actorOf(context)));
  if (state.status === "ok") revalidatePath(`/${slug}`, "layout");
  return state;
}

export async function saveAgreementAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "agreement.manage", formData, async (actor) => {
    await saveAgreement(actor, input(formData));
    return { message: "Der Kooperationsvertrag ist gespeichert." };
  });
}

export async function uploadAgreementAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "agreement.manage", formData, async (actor) => {
    const document = await attachSignedAgreement(actor, formData.get("file"));
    return { message: `Der unterschriebene Vertrag „${document.fileName}“ ist gespeichert.` };
  });
}

export async function createSeatCategoryAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "agreement.manage", formData, async (actor) => {
    const category = await createSeatCategory(actor, input(formData));
    return { message: `Die Sitzkategorie „${category.name}“ ist angelegt.` };
  });
}

export async function saveSeatRuleAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "agreement.manage", formData, async (actor) => {
    const { category, body } = await saveSeatRule(actor, input(formData));
    return { message: `Die Sitzregel „${category.name}“ im ${body.name} ist gespeichert.` };
  });
}

// Destructive row actions redirect to the page with their audit entry, which the page shows
// as confirmation (the row, and the form's own message with it, is gone).
export async function deleteSeatRuleAction(slug: string, _: FormState, formData: FormData) {
  let auditId = "";
  const state = await act(slug, "agreement.manage", formData, async (actor) => {
    const rule = await deleteSeatRule(actor, input(formData));
    auditId = rule.auditId;
    return { message: `Die Sitzregel „${rule.seatCategory.name}“ ist entfernt.` };
  });
  if (state.status === "ok") redirect(`/${slug}/intern/verwaltung/vertrag?erledigt=${auditId}`);
  return state;
}

export async function saveQuorumRuleAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "agreement.manage", formData, async (actor) => {
    await saveQuorumRule(actor, input(formData));
    return { message: "Die Regel zur Beschlussfähigkeit ist gespeichert." };
  });
}

export async function createPersonAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "memberships.manage", formData, async (actor) => {
    const person = await createPerson(actor, input(formData));
    return { message: `${personName(person)} ist angelegt.` };
  });
}

export async function setConsentAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "memberships.manage", formData, async (actor) => {
    const person = await setPublicationConsent(actor, input(formData));
    return {
      message: person.publicationConsent
        ? `${personName(person)} wird öffentlich genannt.`
        : `${personName(person)} wird öffentlich nicht mehr genannt.`,
    };
  });
}

export async function setEmailConsentAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "memberships.manage", formData, async (actor) => {
    const person = await setEmailConsent(actor, input(formData));
    return {
      message: person.emailConsent
        ? `Die E-Mail-Adresse von ${personName(person)} erscheint in den offenen Daten.`
        : `Die E-Mail-Adresse von ${personName(person)} erscheint nicht mehr in den offenen Daten.`,
    };
  });
}

export async function addMembershipAction(slug: string, _: FormState, formData: FormData) {
  return act(slug, "memberships.manage", formData, async (actor) => {
    const { person, body, warnings } = await addMembership(actor, input(formData));
    return { message: `${personName(person)} ist jetzt Mitglied im ${body.name}.`, warnings };
  });
}

export async function endMembershipAction(slug: string, _: FormState, formData: FormData) {
  let target = "";
  const state = await act(slug, "memberships.manage", formData, async (actor) => {
    const { person, warnings, auditId, bodySlug } = await endMembership(actor, input(formData));
    target = `/${slug}/intern/verwaltung/gremien/${bodySlug}?erledigt=${auditId}`;
    return { message: `Die Mitgliedschaft von ${personName(person)} ist beendet.`, warnings };
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function saveLegalPageAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "region.manage");
  const state = await runForm(formData, async () => {
    const saved = await saveLegalPage(actorOf(context), Object.fromEntries(formData));
    return {
      message: saved.isDefault
        ? `„${saved.title}“ zeigt wieder den Standardtext.`
        : `„${saved.title}“ ist gespeichert und öffentlich sichtbar.`,
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}`, "layout");
  return state;
}
