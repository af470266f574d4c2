import { describe, expect, it } from "vitest";
import { nextArgs } from "../../../scripts/support/local-bind";

describe("npm run dev / demo listen on this machine only", () => {
  it("binds to 127.0.0.1 unless told otherwise", () => {
    expect(nextArgs("start", [], undefined)).toEqual(["next", "start", "--hostname", "127.0.0.1"]);
    expect(nextArgs("dev", ["-p", "4000"], "")).toEqual(["next", "dev", "-p", "4000", "--hostname", "127.0.0.1"]);
  });

  it("keeps a host asked for with HOST or -H / --hostname", () => {
    expect(nextArgs("start", [], "0.0.0.0")).toEqual(["next", "start", "--hostname", "0.0.0.0"]);
    expect(nextArgs("start", ["-H", "0.0.0.0"], undefined)).toEqual(["next", "start", "-H", "0.0.0.0"]);
    expect(nextArgs("dev", ["--hostname=::"], undefined)).toEqual(["next", "dev", "--hostname=::"]);
  });
});
