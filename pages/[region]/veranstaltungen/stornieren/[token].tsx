import { PostForm } from "@/components/forms/post-form";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { cancelRegistrationByToken, findRegistrationByToken } from "@/lib/events/registrations";
import { berlinDateTime } from "@/lib/core/format/berlin-dates";
import { runForm, type FormState } from "@/lib/core/forms/form-state";
import { param, regionFormPage } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

// Opening the link changes nothing (mail programs open links to check them); cancelling
// takes the button.
export const getServerSideProps = regionFormPage(
  async (region, context, form) => ({
    token: param(context, "token"),
    found: await findRegistrationByToken(region.id, param(context, "token")),
    done: context.query.erledigt === "1",
    form,
  }),
  async (region, context, form) => {
    const token = param(context, "token");
    const state = await runForm(form, async () => {
      await cancelRegistrationByToken(region.id, token);
      return { message: "Ihre Anmeldung ist storniert." };
    });
    return state.status === "ok"
      ? { redirect: `/${region.slug}/veranstaltungen/stornieren/${encodeURIComponent(token)}?erledigt=1` }
      : state;
  },
);

type Data = {
  region: RegionSummary;
  found: Awaited<ReturnType<typeof findRegistrationByToken>>;
  done: boolean;
  form: FormState;
  token: string;
};

export default publicView<Data>(function CancelRegistrationPage({ user, region, token, found, done, form }) {
  return (
    <PublicFrame user={user} region={region} head={{ title: "Anmeldung stornieren", noindex: true }}>
      <PageTitle>Anmeldung stornieren</PageTitle>
      {!found ? (
        <p className="mt-4 max-w-2xl">
          Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben, oder
          wenden Sie sich an das Bildungsbüro {region.name}.
        </p>
      ) : found.status === "CANCELLED" ? (
        <p className="mt-4 max-w-2xl" role="status">
          {done
            ? "Ihre Anmeldung ist storniert. Wir haben Ihnen eine Bestätigung per E-Mail geschickt."
            : "Diese Anmeldung ist bereits storniert."}{" "}
          Veranstaltung: „{found.event.title}“.
        </p>
      ) : found.event.past ? (
        <p className="mt-4 max-w-2xl">Die Veranstaltung „{found.event.title}“ hat bereits stattgefunden.</p>
      ) : (
        <div className="mt-4 max-w-2xl">
          <p>
            Guten Tag {found.name}, Sie sind für „{found.event.title}“ am {berlinDateTime.format(found.event.startsAt)}{" "}
            Uhr ({found.event.location}) {found.status === "CONFIRMED" ? "angemeldet" : "auf der Warteliste"}.
          </p>
          <p className="mt-2">
            Wenn Sie stornieren,{" "}
            {found.status === "CONFIRMED"
              ? "rückt die nächste Person von der Warteliste nach"
              : "verlassen Sie die Warteliste"}
            . Das lässt sich nicht rückgängig machen; Sie können sich aber neu anmelden, solange die Anmeldung offen
            ist.
          </p>
          <PostForm
            id="stornieren"
            className="mt-4"
            action={`/${region.slug}/veranstaltungen/stornieren/${encodeURIComponent(token)}`}
            state={form}
            submitLabel="Anmeldung stornieren"
            fields={[]}
          />
        </div>
      )}
      <p className="mt-6">
        <TextLink href={`/${region.slug}/termine`}>Zu den Terminen</TextLink>
      </p>
    </PublicFrame>
  );
});
