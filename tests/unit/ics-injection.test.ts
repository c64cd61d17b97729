// Issue 20 attacked: iCalendar injection through what people type (meeting title, place, agenda,
// a person's name, the sender's name). Each hostile value must stay inside its own property.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingToIcs } from "../../lib/meetings/meeting-calendar.ts";

// A fixed instant is fine here: a pure test of the iCalendar format, not of "the future".
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
  return { calendar, vevent: calendar.getFirstSubcomponent("vevent")! };
}

const invite = (attendeeName: string, organizerName = organizer.name, overrides: Partial<typeof meeting> = {}) =>
  meetingToIcs({ ...meeting, ...overrides }, "Tagesordnung", {
    method: "REQUEST",
    sequence: 1,
    organizer: { ...organizer, name: organizerName },
    attendee: { name: attendeeName, email: "eva@test.example" },
  });

describe("iCalendar injection", () => {
  it("a person's name with a double quote does not inject parameters into ATTENDEE (ROLE=CHAIR)", () => {
    const { vevent } = parse(invite('Eva";ROLE=CHAIR;X-INJECTED="1'));
    const attendee = vevent.getFirstProperty("attendee")!;
    expect(attendee.getParameter("role")).toBe("REQ-PARTICIPANT");
    expect(attendee.getParameter("x-injected")).toBeUndefined();
    expect(attendee.getParameter("cn")).toBe("Eva';ROLE=CHAIR;X-INJECTED='1");
  });

  it('a name with quotes (Eva "Evi" Müller) keeps the whole name as the attendee\'s CN', () => {
    const { vevent } = parse(invite('Eva "Evi" Müller'));
    expect(vevent.getFirstProperty("attendee")!.getParameter("cn")).toBe("Eva 'Evi' Müller");
  });

  it("a sender name with CRLF does not start a property of its own", () => {
    const ics = invite("Eva Müller", "Büro\r\nATTACH:https://evil.example/x");
    expect(ics).not.toMatch(/\r\nATTACH/);
    const { vevent } = parse(ics);
    expect(vevent.getFirstProperty("attach")).toBeNull();
    expect(vevent.getFirstProperty("organizer")!.getParameter("cn")).toBe("Büro ATTACH:https://evil.example/x");
  });

  it("a title, place and agenda with CRLF + BEGIN:VEVENT stay inside their properties (one event, no extra property)", () => {
    const title = "Sitzung\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example";
    const location = "Raum 1\r\nATTACH:https://evil.example/x";
    const { calendar, vevent } = parse(invite("Eva Müller", organizer.name, { title, location }));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(vevent.getAllProperties("uid")).toHaveLength(1);
    expect(vevent.getFirstProperty("attach")).toBeNull();
    expect(vevent.getFirstPropertyValue("summary")).toBe(title.replace(/\r\n/g, "\n"));
    expect(vevent.getFirstPropertyValue("location")).toBe(location.replace(/\r\n/g, "\n"));
  });
});
