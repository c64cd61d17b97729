import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting } from "./access.ts";

/** What the meeting page offers to download: minutes PDF (if the actor may read them) and the Sitzungsmappe. */
export async function getMeetingDownloads(actor: Actor, meetingId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const minutes = await tx.minutes.findUnique({
      where: { regionId_meetingId: { regionId: actor.regionId, meetingId: meeting.id } },
      select: { status: true },
    });
    const documents = await tx.document.groupBy({
      by: ["mimeType"],
      where: { regionId: actor.regionId, meetingId: meeting.id, deletedAt: null, agendaItem: { deletedAt: null } },
      _count: true,
    });
    const count = (pdf: boolean) =>
      documents.filter((d) => (d.mimeType === "application/pdf") === pdf).reduce((n, d) => n + d._count, 0);
    return {
      minutes: minutes && (minutes.status !== "DRAFT" || actor.can("minutes.write")) ? minutes.status : null,
      pdfAttachments: count(true),
      otherAttachments: count(false),
    };
  });
}
