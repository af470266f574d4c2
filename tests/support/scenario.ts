import { afterAll, beforeAll } from "vitest";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { useAppTestDatabase, type AppTestDatabase } from "./app-database";
import { signInAs } from "./session";

export type { AgencyFixture, AppTestDatabase };
export type TwoAgencies = { db: AppTestDatabase; a: AgencyFixture; b: AgencyFixture };
export type FixtureRole = keyof AgencyFixture["users"];

/**
 * The arrangement most integration files share: a database of the file's own with agencies Alpha (`a`) and Beta
 * (`b`), made once before the file's tests and dropped after them. `ready` receives them as soon as they exist; a
 * file keeps them in its own variables: `setUpTwoAgencies((s) => ({ db, a, b } = s))`.
 */
export function setUpTwoAgencies(ready: (scenario: TwoAgencies) => unknown) {
  let db: AppTestDatabase | undefined;
  beforeAll(async () => {
    db = await useAppTestDatabase();
    const a = await createAgencyFixture(db.admin, "Alpha");
    const b = await createAgencyFixture(db.admin, "Beta");
    await ready({ db, a, b });
  });
  afterAll(async () => db?.close());
}

/** Signs in as one of the fixture agency's people (sessions are mocked: see ./session.ts). */
export function signInAsMember(agency: AgencyFixture, role: FixtureRole) {
  signInAs(agency.users[role]);
}
