// The office's steps for one meeting, in the order the work is done, each with its state: what
// the task list at the top of the meeting page shows. Pure: the page passes what it loaded.
import { berlinDateLong } from "@/lib/core/format/berlin-dates.ts";
import { describeSeatCounts, type SeatCounts } from "./count-seats.ts";
import { meetingHasBegun } from "./meeting-has-begun.ts";

export type StepState = "done" | "open" | "not-yet" | "dropped";

export const STEP_STATE_LABEL: Record<StepState, string> = {
  done: "erledigt",
  open: "offen",
  "not-yet": "noch nicht möglich",
  dropped: "entfällt",
};

export type StepKey = "agenda" | "documents" | "invitation" | "attendance" | "minutes" | "approval";

export interface MeetingStep {
  key: StepKey;
  title: string;
  /** Where the step is done: a path below the meeting ("" is the meeting page) and an anchor. */
  target: { subpage: "" | "anwesenheit" | "protokoll"; anchor?: string };
  state: StepState;
  /** One short German sentence on where the step stands. */
  detail: string;
}

export interface MeetingStepsInput {
  meeting: { status: "PLANNED" | "INVITED" | "HELD" | "CANCELLED"; startsAt: Date };
  agendaItems: number;
  documents: number;
  /** Invitation e-mails queued for the meeting (any version of the agenda), with when they were queued. */
  invitationMails: readonly { createdAt: Date }[];
  /** The last day to invite within the Ladungsfrist, where one is known. */
  invitationDeadline?: Date | null;
  seats: SeatCounts;
  minutes: { status: "DRAFT" | "CIRCULATED" | "APPROVED" } | null;
  now?: Date;
}

export function meetingSteps(input: MeetingStepsInput): MeetingStep[] {
  const { meeting, agendaItems, documents, invitationMails, seats, minutes } = input;
  const begun = meetingHasBegun(meeting.startsAt, input.now);
  const invited = meeting.status === "INVITED" || meeting.status === "HELD" || invitationMails.length > 0;
  const firstInvitation = invitationMails.reduce<Date | null>(
    (first, mail) => (!first || mail.createdAt < first ? mail.createdAt : first),
    null,
  );
  const deadline = input.invitationDeadline
    ? ` Ladungsfrist: spätestens am ${berlinDateLong.format(input.invitationDeadline)}.`
    : "";
  const seatCount = seats.PRESENT + seats.EXCUSED + seats.REPRESENTED + seats.ABSENT + seats.NONE;
  const steps: MeetingStep[] = [
    {
      key: "agenda",
      title: "Tagesordnung",
      target: { subpage: "", anchor: "tagesordnung" },
      ...(agendaItems > 0
        ? { state: "done", detail: agendaItems === 1 ? "1 Tagesordnungspunkt" : `${agendaItems} Tagesordnungspunkte` }
        : { state: "open", detail: "Noch keine Tagesordnungspunkte." }),
    },
    {
      key: "documents",
      title: "Unterlagen",
      target: { subpage: "", anchor: "tagesordnung" },
      ...(agendaItems === 0
        ? { state: "not-yet", detail: "Unterlagen hängen an Tagesordnungspunkten." }
        : documents > 0
          ? { state: "done", detail: documents === 1 ? "1 Unterlage" : `${documents} Unterlagen` }
          : { state: "open", detail: "Noch keine Unterlagen angehängt." }),
    },
    {
      key: "invitation",
      title: "Einladung",
      target: { subpage: "", anchor: "einladung" },
      ...(invited
        ? {
            state: "done",
            detail: firstInvitation
              ? `Versandt am ${berlinDateLong.format(firstInvitation)}.`
              : "Die Einladung ist versandt.",
          }
        : agendaItems === 0
          ? { state: "not-yet", detail: `Eingeladen wird mit der Tagesordnung.${deadline}` }
          : { state: "open", detail: `Die Einladung ist noch nicht versandt.${deadline}` }),
    },
    {
      key: "attendance",
      title: "Anwesenheit",
      target: { subpage: "anwesenheit" },
      ...(!begun
        ? { state: "not-yet", detail: "Ab dem Sitzungstag." }
        : seatCount > 0 && seats.NONE === 0
          ? { state: "done", detail: describeSeatCounts(seats) }
          : {
              state: "open",
              detail:
                seatCount === 0
                  ? "Das Gremium hat keine Sitze."
                  : `${seatCount - seats.NONE} von ${seatCount} Sitzen erfasst.`,
            }),
    },
    {
      key: "minutes",
      title: "Protokoll",
      target: { subpage: "protokoll" },
      ...(!begun
        ? { state: "not-yet", detail: "Ab dem Sitzungstag." }
        : minutes && minutes.status !== "DRAFT"
          ? { state: "done", detail: minutes.status === "APPROVED" ? "Genehmigt." : "Zur Durchsicht versandt." }
          : { state: "open", detail: minutes ? "Entwurf." : "Noch nicht angelegt." }),
    },
    {
      key: "approval",
      title: "Genehmigung",
      target: { subpage: "protokoll", anchor: "stand" },
      ...(minutes?.status === "APPROVED"
        ? { state: "done", detail: "Das Protokoll ist genehmigt." }
        : minutes?.status === "CIRCULATED"
          ? { state: "open", detail: "Das Protokoll ist zur Durchsicht versandt." }
          : { state: "not-yet", detail: "Nach der Durchsicht des Protokolls." }),
    },
  ];
  if (meeting.status !== "CANCELLED") return steps;
  return steps.map((step) =>
    step.state === "done" ? step : { ...step, state: "dropped", detail: "Die Sitzung ist abgesagt." },
  );
}
