"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { inputClass, labelClass, FieldError } from "@/components/ui/field";
import type { CheckInAccountOption } from "@/lib/domain/check-ins/queries";

export const accountLabel = (a: Pick<CheckInAccountOption, "clientName" | "name">) => `${a.clientName} · ${a.name}`;

type Props = {
  id: string;
  accounts: CheckInAccountOption[];
  value: string;
  onChange(accountId: string): void;
  errors?: string[];
};

/**
 * A searchable account picker (WAI-ARIA combobox with a list box): type to filter by client or account name, arrows to
 * move, Enter (or Tab when one account matches) to choose, Escape to close the list. With the list closed, Escape
 * reaches the dialog and closes it.
 */
export function AccountCombobox({ id, accounts, value, onChange, errors }: Props) {
  const listId = useId();
  const selected = accounts.find((a) => a.id === value) ?? null;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? (selected ? accountLabel(selected) : "");
  const matches = useMemo(() => {
    const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    return accounts.filter((a) => words.every((w) => accountLabel(a).toLowerCase().includes(w)));
  }, [accounts, query]);
  const errorId = errors?.length ? `${id}-error` : undefined;

  function choose(account: CheckInAccountOption | undefined) {
    if (!account) return;
    onChange(account.id);
    setQuery(null);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape" && (open || query !== null)) {
      event.preventDefault(); // closes the list, not the dialog
      event.stopPropagation();
      setOpen(false);
      setQuery(null);
    }
  }

  return (
    <div className="relative">
      <label htmlFor={id} className={labelClass}>
        Account
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
        placeholder="Type a client or account name"
        className={`${inputClass} mt-1`}
        value={text}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        onBlur={() => {
          // Typed a name that matches one account and tabbed on: take it rather than silently dropping the choice.
          if (query !== null && matches.length === 1) choose(matches[0]);
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Accounts"
        hidden={!open}
        className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {matches.length === 0 && <li className="px-3 py-2 text-slate-500">No account matches.</li>}
        {matches.map((account, index) => (
          <li
            key={account.id}
            id={`${listId}-${account.id}`}
            role="option"
            aria-selected={account.id === value}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(account)}
            onMouseEnter={() => setActive(index)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-indigo-50 text-indigo-900" : "text-slate-800"}`}
          >
            <span className="font-medium">{account.clientName}</span>
            <span className="text-slate-600"> · {account.name}</span>
          </li>
        ))}
      </ul>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
