import { z } from "zod";
import { blankToUndefined, optionalText, requiredText, uuidField } from "@/lib/domain/form-fields";

/** Column lengths of "Contact" (prisma/schema.prisma). */
export const CONTACT_LIMITS = { nameMax: 120, titleMax: 120, emailMax: 254, phoneMax: 40 } as const;

const email = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(CONTACT_LIMITS.emailMax, "That email address is too long.")
    .pipe(z.email({ message: "Enter an email address like name@example.com." }))
    .transform((v) => v.toLowerCase())
    .optional()
    .transform((v) => v ?? null),
);

/** Digits with the usual separators and an optional leading +; at least 5 digits so "n/a" or "123" do not pass. */
const phone = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(CONTACT_LIMITS.phoneMax, `Keep the phone number under ${CONTACT_LIMITS.phoneMax + 1} characters.`)
    .refine(
      (v) => /^\+?[\d\s().-]+$/.test(v),
      "Use digits, spaces, brackets, dots or dashes, optionally starting with +.",
    )
    .refine((v) => (v.match(/\d/g) ?? []).length >= 5, "A phone number has at least 5 digits.")
    .optional()
    .transform((v) => v ?? null),
);

/**
 * Checkboxes arrive as "on"/true; a missing box (undefined, null, "") is false. Anything else (a number, an array, an
 * object) is refused rather than read as false, so a malformed request cannot pass as "not primary".
 */
const CHECKBOX_VALUES: ReadonlyMap<unknown, boolean> = new Map<unknown, boolean>([
  [true, true],
  ["on", true],
  ["true", true],
  [false, false],
  ["false", false],
  ["", false],
  [null, false],
  [undefined, false],
]);
const flag = z.preprocess(
  (v) => CHECKBOX_VALUES.get(v) ?? v,
  z.boolean({ message: "Tick the box or leave it empty." }),
);

const contactFields = {
  name: requiredText("the contact's name", CONTACT_LIMITS.nameMax, 2),
  title: optionalText("the job title", CONTACT_LIMITS.titleMax),
  email,
  phone,
  isPrimary: flag,
};

export const createContactSchema = z.object({ clientId: uuidField(), ...contactFields });
export const editContactSchema = z.object({ contactId: uuidField(), ...contactFields });
/** Deactivate (never delete: check-ins reference contacts) or bring a contact back. */
export const setContactActiveSchema = z.object({ contactId: uuidField(), active: z.boolean() });
