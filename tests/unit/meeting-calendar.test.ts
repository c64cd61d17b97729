import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { icsContentType, meetingToIcs } from "../../lib/meetings/meeting-calendar.ts";

// A fixed instant is fine here: this is a pure test of the iCalendar format, not of "the future".
const meeting = {
  id: "7d1b7a52-3c1e-4b8e-9f57-0c6a1b2c3d4e",
  title: "5. Sitzung des Lenkungskreises",
  startsAt: new Date("2030-03-14T13:00:00Z"),
  endsAt: null,
  location: "Kreishaus, Raum 2",
  onlineUrl: "",
};
const organizer = { name: "Bildungsnetz NRW", email: "no-reply@bildungsnetz.example" };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("meeting calendar entries", () => {
  it("an invitation or change is METHOD:REQUEST with the stable UID, the given SEQUENCE, organizer and attendee", () => {
    const { calendar, vevent, event } = parse(
      meetingToIcs(meeting, "Tagesordnung", {
        method: "REQUEST",
        sequence: 3,
        organizer,
        attendee: { name: "Dörte Brückner", email: "brueckner@test.example" },
      }),
    );
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe(`meeting-${meeting.id}@bildungsnetz`);
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(vevent.getFirstPropertyValue("organizer")).toLowerCase()).toBe(
      "mailto:no-reply@bildungsnetz.example",
    );
    expect(String(vevent.getFirstPropertyValue("attendee")).toLowerCase()).toBe("mailto:brueckner@test.example");
    expect(event.duration.toSeconds()).toBe(2 * 3600);
  });

  it("a cancellation is METHOD:CANCEL and STATUS:CANCELLED, and the MIME type names the same method", () => {
    const { calendar, vevent, event } = parse(
      meetingToIcs(meeting, "Die Sitzung ist abgesagt.", { method: "CANCEL", sequence: 4, organizer }),
    );
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.sequence).toBe(4);
    expect(icsContentType("CANCEL")).toBe("text/calendar; charset=utf-8; method=CANCEL");
  });
});
