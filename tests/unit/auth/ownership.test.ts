import { describe, expect, it } from "vitest";
import { WRITE, canAnyOrOwn, canSome } from "../../../lib/auth/permissions";
import { mayEditAccount } from "../../../lib/domain/accounts/access";
import { mayLogCheckIn } from "../../../lib/domain/check-ins/access";
import { mayEditClient, mayWriteContacts } from "../../../lib/domain/clients/ownership";
import { mayWriteProject } from "../../../lib/domain/projects/access";

const me = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";
const who = (...roles: string[]) => ({ roles, membershipId: me });

describe("any or own", () => {
  it("the wrapper's gate admits either permission and nothing else", () => {
    expect(canSome(["LEADER"], WRITE.growth)).toBe(true);
    expect(canSome(["AM"], WRITE.growth)).toBe(true);
    expect(canSome(["PM"], WRITE.growth)).toBe(false);
    expect(canSome(["PM"], WRITE.projects)).toBe(true);
    expect(canSome(["VIEWER"], WRITE.projects)).toBe(false);
    expect(canSome(["__proto__"], WRITE.accounts)).toBe(false);
  });

  it("own counts only with the own permission; any does not need ownership", () => {
    expect(canAnyOrOwn(["AM"], WRITE.checkIns, true)).toBe(true);
    expect(canAnyOrOwn(["AM"], WRITE.checkIns, false)).toBe(false);
    expect(canAnyOrOwn(["VIEWER"], WRITE.checkIns, true)).toBe(false);
    expect(canAnyOrOwn(["LEADER"], WRITE.checkIns, false)).toBe(true);
  });
});

describe("one ownership rule per resource", () => {
  it("accounts and check-ins: leaders any, the owning AM theirs", () => {
    expect(mayEditAccount(who("AM"), me)).toBe(true);
    expect(mayEditAccount(who("AM"), other)).toBe(false);
    expect(mayEditAccount(who("LEADER"), other)).toBe(true);
    expect(mayEditAccount(who("PM", "VIEWER"), me)).toBe(false);
    expect(mayLogCheckIn(who("AM"), me)).toBe(true);
    expect(mayLogCheckIn(who("AM"), other)).toBe(false);
    expect(mayLogCheckIn(who("VIEWER"), me)).toBe(false);
  });

  it("projects: leaders any, the PM theirs, an AM none", () => {
    expect(mayWriteProject(who("PM"), me)).toBe(true);
    expect(mayWriteProject(who("PM"), other)).toBe(false);
    expect(mayWriteProject(who("LEADER"), other)).toBe(true);
    expect(mayWriteProject(who("AM"), me)).toBe(false);
  });

  it("clients and contacts: leaders any, an AM the clients they own a live account of", () => {
    expect(mayEditClient(who("AM"), true)).toBe(true);
    expect(mayEditClient(who("AM"), false)).toBe(false);
    expect(mayEditClient(who("LEADER"), false)).toBe(true);
    expect(mayWriteContacts(who("AM"), true)).toBe(true);
    expect(mayWriteContacts(who("PM"), true)).toBe(false);
  });
});
