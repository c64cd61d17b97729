import { ActionForm } from "@/components/forms/action-form";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import type { getMinutesComments } from "@/lib/meetings/minutes-comments";
import { saveMinutesCommentAction, setMinutesCommentDoneAction, withdrawMinutesCommentAction } from "../actions";

type Review = Awaited<ReturnType<typeof getMinutesComments>>;

/**
 * Beside a TOP's text during review: members of the body write, change or withdraw their own
 * comment; the office sees every comment and marks it done (or open again).
 */
export function ReviewComments({
  slug,
  item,
  review,
}: {
  slug: string;
  item: { id: string; number: string; title: string };
  review: Review;
}) {
  const comments = review.comments.filter((c) => c.agendaItemId === item.id);
  const own = comments.find((c) => c.isOwn);
  const others = review.canMarkDone ? comments : [];
  if (!review.canComment && others.length === 0) return null;
  return (
    <aside
      aria-label={`Anmerkungen zu ${item.number}`}
      className="mt-3 rounded border border-amber-700 bg-amber-50 p-3 text-sm"
    >
      {others.length > 0 && (
        <>
          <p className="font-semibold">Anmerkungen aus der Durchsicht ({others.length})</p>
          <ul className="mt-2 space-y-3">
            {others.map((c) => (
              <li key={c.id} className="rounded border border-amber-300 bg-white p-2">
                <p>
                  <strong>{c.authorName}</strong>, {berlinDateTimeShort.format(c.updatedAt)} Uhr –{" "}
                  <span data-testid="comment-state">{c.doneAt ? "erledigt" : "offen"}</span>
                </p>
                <p className="mt-1 whitespace-pre-line">{c.text}</p>
                <ActionForm
                  id={`erledigt-${c.id}`}
                  compact
                  className="mt-2"
                  action={setMinutesCommentDoneAction.bind(null, slug)}
                  submitLabel={`Anmerkung von ${c.authorName} ${c.doneAt ? "wieder öffnen" : "als erledigt markieren"}`}
                  fields={[
                    { kind: "hidden", name: "commentId", value: c.id },
                    { kind: "hidden", name: "done", value: c.doneAt ? "" : "on" },
                  ]}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {review.canComment && (
        <div className={others.length > 0 ? "mt-4" : ""}>
          <ActionForm
            id={`anmerkung-${item.id}`}
            action={saveMinutesCommentAction.bind(null, slug)}
            submitLabel="Anmerkung speichern"
            compact
            fields={[
              { kind: "hidden", name: "agendaItemId", value: item.id },
              {
                kind: "textarea",
                name: "text",
                label: `Ihre Anmerkung zu ${item.number}: ${item.title}`,
                rows: 3,
                defaultValue: own?.text ?? "",
                hint: "Nur das Bildungsbüro sieht Ihre Anmerkung. Sie wird nicht Teil des Protokolls.",
              },
            ]}
          />
          {own && (
            <ActionForm
              id={`zurueckziehen-${item.id}`}
              className="mt-2"
              action={withdrawMinutesCommentAction.bind(null, slug)}
              submitLabel="Anmerkung zurückziehen"
              confirm={{
                summary: `Anmerkung zu ${item.number} zurückziehen …`,
                question: "Möchten Sie Ihre Anmerkung zurückziehen? Das Bildungsbüro sieht sie dann nicht mehr.",
              }}
              fields={[{ kind: "hidden", name: "commentId", value: own.id }]}
            />
          )}
        </div>
      )}
    </aside>
  );
}
