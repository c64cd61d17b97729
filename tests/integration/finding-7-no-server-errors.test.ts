import { beforeAll, describe, expect, it } from "vitest";
import { listPublicDates } from "../../lib/calendar/public-dates.ts";
import { NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { getPublicBody } from "../../lib/governance/get-public-body.ts";
import { getBodyAdmin } from "../../lib/governance/get-body-admin.ts";
import { oparlGet } from "../../lib/oparl/endpoint.ts";
import { offerFeed } from "../../lib/opendata/offer-feed.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

// Issue 19, finding 7: hostile input in a URL reached PostgreSQL and failed there (a 500):
// NUL in a slug, dates PostgreSQL cannot store, cursors with an id that is no UUID.
const ORIGIN = "https://bildungsnetz.example";
const UUID = "0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f";
const cursor = (date: string, id: unknown) => Buffer.from(JSON.stringify([date, id])).toString("base64url");
let regions: Awaited<ReturnType<typeof twoRegions>>;

beforeAll(async () => {
  regions = await twoRegions();
});

const oparl = (path: string, query = "") =>
  oparlGet(path.split("/"), new URL(`${ORIGIN}/api/oparl/v1/${path}${query}`), ORIGIN);

describe("finding 7: no database error from hostile URLs", () => {
  it("finding 7: a NUL byte in ?handlungsfeld= of termine.ics is an unknown Handlungsfeld", async () => {
    await expect(listPublicDates(regions.a.region, { fieldSlug: "\u0000" })).resolves.toBeNull();
    await expect(listPublicDates(regions.a.region, { fieldSlug: "a\u0000b" })).resolves.toBeNull();
  });

  it("finding 7: a NUL byte in a Gremium's path segment is not found", async () => {
    await expect(getPublicBody(regions.a.region.id, "lenkungs\u0000kreis")).resolves.toBeNull();
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    await expect(getBodyAdmin(lead, "\u0000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finding 7: modified_since=0000-01-01 and other unstorable dates are refused with a German message", async () => {
    for (const date of ["0000-01-01", "0000-12-31T23:00:00Z"])
      await expect(offerFeed(new URLSearchParams({ modified_since: date }), ORIGIN)).rejects.toBeInstanceOf(
        ValidationError,
      );
    const answer = await oparl(`body/${regions.a.region.slug}/meeting`, "?modified_since=0000-01-01");
    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain("modified_since ist ein Zeitpunkt nach ISO 8601");
  });

  it("finding 7: feed cursors with an id that is no UUID or a date of year ±200000 answer 400", async () => {
    const forged = [
      cursor("2026-01-01T00:00:00.000Z", "nope"),
      cursor("2026-01-01T00:00:00.000Z", "a\u0000"),
      cursor("+200000-01-01T00:00:00.000Z", UUID),
      cursor("-200000-01-01T00:00:00.000Z", UUID),
    ];
    for (const after of forged) {
      for (const list of ["meeting", "paper", "agenda-item", "person", "membership", "location", "file"]) {
        const answer = await oparl(`body/${regions.a.region.slug}/${list}`, `?after=${after}`);
        expect(answer.status, `${list} ${after}`).toBe(400);
      }
      await expect(offerFeed(new URLSearchParams({ after }), ORIGIN)).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it("finding 7: the lists built in memory still page with their own ids (region and institution slugs)", async () => {
    const first = await oparl("body", "?limit=1");
    expect(first.status).toBe(200);
    const next = (first.body.links as { next?: string }).next;
    expect(next).toBeTruthy();
    const second = await oparlGet(["body"], new URL(next!), ORIGIN);
    expect(second.status).toBe(200);
  });
});
