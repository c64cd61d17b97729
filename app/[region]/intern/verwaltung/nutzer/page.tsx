import type { Metadata } from "next";
import { DoneNotice } from "@/components/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireRegion } from "@/lib/tenancy/require-region";
import { listRegionUsers } from "@/lib/users/list-region-users";
import { inviteUserAction, removeRoleAction } from "./actions";
import { berlinDateTimeShort as dateFormat } from "@/lib/core/format/berlin-dates";

export const metadata: Metadata = { title: "Zugänge" };

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ erledigt?: string }>;
}) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "users.manage");
  const { users, pendingMails } = await listRegionUsers(context.actor);
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);
  return (
    <>
      <DoneNotice message={notice} />
      <PageTitle>Zugänge und Rollen</PageTitle>
      <ResponsiveTable variant="rows" caption="Zugänge dieser Region mit ihren Rollen" hideCaption className="mt-6">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-Mail-Adresse</th>
            <th scope="col">Rollen</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.name}
                <span className="block text-muted">{user.accepted ? "Einladung angenommen" : "Einladung offen"}</span>
              </th>
              <td>{user.email}</td>
              <td>
                <ul className="space-y-2">
                  {user.roles.map((role) => (
                    <li key={role.id}>
                      {ROLE_LABELS[role.role]}
                      <ActionForm
                        id={`rolle-${role.id}`}
                        compact
                        action={removeRoleAction.bind(null, slug)}
                        submitLabel={`Rolle „${ROLE_LABELS[role.role]}“ von ${user.name} jetzt entfernen`}
                        confirm={{
                          summary: (
                            <>
                              Entfernen
                              <span className="sr-only">
                                {" "}
                                der Rolle {ROLE_LABELS[role.role]} von {user.name}
                              </span>{" "}
                              …
                            </>
                          ),
                          question: "Die Person verliert die Rolle sofort; ihre Anmeldungen enden.",
                        }}
                        fields={[{ kind: "hidden", name: "roleId", value: role.id }]}
                      />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>

      <section aria-labelledby="einladen" className="mt-10 max-w-2xl">
        <SectionHeading id="einladen">Person einladen oder Rolle vergeben</SectionHeading>
        <ActionForm
          id="einladung"
          labelledBy="einladen"
          className="mt-3"
          action={inviteUserAction.bind(null, slug)}
          submitLabel="Einladen"
          resetOnSuccess
          fields={[
            { kind: "text", name: "name", label: "Name", required: true },
            { kind: "email", name: "email", label: "E-Mail-Adresse", required: true },
            {
              kind: "select",
              name: "role",
              label: "Rolle",
              required: true,
              options: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
              placeholder: "Bitte wählen",
            },
          ]}
        />
      </section>

      <section aria-labelledby="postausgang" className="mt-10">
        <SectionHeading id="postausgang">Postausgang</SectionHeading>
        {pendingMails.length === 0 ? (
          <p className="mt-2">Keine E-Mails warten auf den Versand.</p>
        ) : (
          <ul className="mt-2 list-disc pl-6 text-sm">
            {pendingMails.map((mail) => (
              <li key={mail.id}>
                {dateFormat.format(mail.createdAt)}: „{mail.subject}“ an {mail.toAddress}
                {mail.status === "FAILED" ? (
                  <strong className="text-red-800"> – nicht zustellbar: {mail.lastError}</strong>
                ) : mail.attempts > 0 ? (
                  ` – ${mail.attempts} Versuch(e), wird erneut versucht`
                ) : (
                  " – wartet auf Versand"
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
