import { describe, expect, it, vi } from "vitest";
import { IDLE, INVALID_REQUEST, runForm } from "@/lib/core/forms/form-state";
import { regionAction } from "@/lib/core/forms/region-action";

// A hand-built POST to a server action can send any arguments: a string, an object, nothing.
// Each answers the German "Ungültige Anfrage" instead of an unhandled error (a 500), and the
// use case is never reached.
const NOT_FORM_DATA: unknown[] = [undefined, null, "status=PRESENT", 42, { meetingId: "x" }, [["a", "b"]], new Map()];

describe("an action called with something other than the form's data", () => {
  it.each(NOT_FORM_DATA.map((value) => [value]))("regionAction answers 'Ungültige Anfrage' for %j", async (value) => {
    const useCase = vi.fn(async () => ({ message: "gespeichert" }));
    const action = regionAction("meetings.write", useCase);
    const state = await action("kreis-mettmann", IDLE, value as FormData);
    expect(state).toMatchObject({ status: "error", message: INVALID_REQUEST });
    expect(useCase).not.toHaveBeenCalled();
  });

  it("regionAction refuses a slug that is not text before anything else", async () => {
    const useCase = vi.fn(async () => ({ message: "gespeichert" }));
    const state = await regionAction("meetings.write", useCase)(
      { slug: "x" } as unknown as string,
      IDLE,
      new FormData(),
    );
    expect(state).toMatchObject({ status: "error", message: INVALID_REQUEST });
    expect(useCase).not.toHaveBeenCalled();
  });

  it.each(NOT_FORM_DATA.map((value) => [value]))("runForm answers 'Ungültige Anfrage' for %j", async (value) => {
    const work = vi.fn(async () => ({ message: "gespeichert" }));
    const state = await runForm(value as FormData, work);
    expect(state).toMatchObject({ status: "error", message: INVALID_REQUEST });
    expect(work).not.toHaveBeenCalled();
  });

  it("runForm still runs the use case for real form data", async () => {
    const state = await runForm(new FormData(), async () => ({ message: "gespeichert" }));
    expect(state).toMatchObject({ status: "ok", message: "gespeichert" });
  });
});
