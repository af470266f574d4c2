// @vitest-environment jsdom
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AccountForm } from "../../../components/accounts/account-form-client";
import type { AccountForEdit } from "../../../lib/domain/accounts/queries";

// The form runs in the browser: the router and the server actions are the browser's view of the server, not the
// subject here (the actions have their own integration tests against PostgreSQL).
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }) }));
vi.mock("@/lib/actions/accounts", () => ({ createAccount: vi.fn(), editAccount: vi.fn() }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const base = {
  id: "33333333-3333-4333-8333-333333333333",
  name: "Retainer: social",
  kind: "RETAINER",
  monthlyValue: "4500.00",
  complexity: "STANDARD",
  status: "ACTIVE",
  startDate: "2026-01-01",
  renewalDate: null,
  version: 3,
} as unknown as AccountForEdit;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = "";
});

function render(account: AccountForEdit) {
  act(() => root!.render(createElement(AccountForm, { slug: "northwind", currency: "USD", account })));
}

const nameInput = () => document.querySelector<HTMLInputElement>('input[name="name"]')!;

describe("the account edit form after a change below it (a reassignment)", () => {
  it("follows the newer version when untouched, so saving does not conflict", () => {
    root = createRoot(document.body.appendChild(document.createElement("div")));
    render(base);
    expect(nameInput().value).toBe("Retainer: social");
    render({ ...base, name: "Retainer: paid social", version: 4 });
    expect(nameInput().value).toBe("Retainer: paid social");
  });

  it("shows an unknown start as a blank date and says blank means unknown", () => {
    root = createRoot(document.body.appendChild(document.createElement("div")));
    render({ ...base, startDate: "" });
    expect(document.querySelector<HTMLInputElement>('input[name="startDate"]')!.value).toBe("");
    expect(document.body.textContent).toContain("Leave blank if unknown.");
  });
});
