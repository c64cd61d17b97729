import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { findRegistrationByToken } from "@/lib/events/registrations";
import { berlinDateTime } from "@/lib/format/berlin-dates";
import { requirePublicRegion } from "@/lib/tenancy/require-region";
import { cancelByTokenAction } from "../../actions";

export const metadata: Metadata = { title: "Anmeldung stornieren", robots: { index: false } };

type Props = { params: Promise<{ region: string; token: string }>; searchParams: Promise<{ erledigt?: string }> };

// Opening the link changes nothing (mail programs open links to check them); cancelling
// takes the button.
export default async function CancelRegistrationPage({ params, searchParams }: Props) {
  const { region: slug, token } = await params;
  const region = await requirePublicRegion(slug);
  const found = await findRegistrationByToken(region.id, token);
  const done = (await searchParams).erledigt === "1";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Anmeldung stornieren</h1>
      {!found ? (
        <p className="mt-4 max-w-2xl">Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben, oder wenden Sie sich an das Bildungsbüro {region.name}.</p>
      ) : found.status === "CANCELLED" ? (
        <p className="mt-4 max-w-2xl" role="status">{done ? "Ihre Anmeldung ist storniert. Wir haben Ihnen eine Bestätigung per E-Mail geschickt." : "Diese Anmeldung ist bereits storniert."} Veranstaltung: „{found.event.title}“.</p>
      ) : found.event.past ? (
        <p className="mt-4 max-w-2xl">Die Veranstaltung „{found.event.title}“ hat bereits stattgefunden.</p>
      ) : (
        <div className="mt-4 max-w-2xl">
          <p>Guten Tag {found.name}, Sie sind für „{found.event.title}“ am {berlinDateTime.format(found.event.startsAt)} Uhr ({found.event.location}) {found.status === "CONFIRMED" ? "angemeldet" : "auf der Warteliste"}.</p>
          <p className="mt-2">Wenn Sie stornieren, {found.status === "CONFIRMED" ? "rückt die nächste Person von der Warteliste nach" : "verlassen Sie die Warteliste"}. Das lässt sich nicht rückgängig machen; Sie können sich aber neu anmelden, solange die Anmeldung offen ist.</p>
          <ActionForm id="stornieren" className="mt-4" action={cancelByTokenAction.bind(null, region.slug, token)} submitLabel="Anmeldung stornieren" fields={[]} />
        </div>
      )}
      <p className="mt-6"><a href={`/${region.slug}/termine`} className="text-brand-700 underline">Zu den Terminen</a></p>
    </>
  );
}
