import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit, type AuditInput } from "@/lib/audit/record";
import { findMembership, type MemberContext } from "@/lib/auth/membership";
import { canSome, memberCan, type AnyOrOwn, type Permission } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { databaseUnavailableReason } from "@/lib/db/busy";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { refreshAfterWrite } from "@/lib/domain/portfolio/standing-store";
import { afterResponse } from "@/lib/server/after-response";
import { currentOverload } from "@/lib/server/overload";
import { ActionError, BUSY_RESULT, invalidInput, type ActionResult, type FieldErrors } from "./result";
import { revalidatePages, type AgencyPagePath } from "./revalidate";
import { storableText, unstorableTextErrors } from "./storable-text";

export type ActionContext<I, P = undefined> = {
  input: I;
  member: MemberContext;
  tx: TenantTx;
  /** What `prepare` returned (undefined for actions without one). */
  prepared: P;
  /** Records an audit event in this action's transaction (agency and actor filled in). */
  audit(event: Omit<AuditInput, "agencyId" | "actorId">): Promise<void>;
};

/** The input schemas of a schemas module, by export name ("createPlanSchema"). */
export type SchemaName<Module> = keyof Module & `${string}Schema`;

/** The context of the action whose input the schema `Name` of `Module` parses (`import type * as schemas`). */
export type SchemaContext<Module, Name extends SchemaName<Module>> = ActionContext<z.infer<Module[Name]>>;

type ActionConfig<S extends z.ZodType, T, P> = {
  /** Used in logs and in the audit trail of refused attempts, e.g. "members.changeRoles". */
  name: string;
  schema: S;
  /**
   * The gate: one permission, or "any or own" ({ any: "growth:write", own: "growth:write:own" }), which admits a
   * member holding either; the resource's ownership rule (lib/domain/<area>/access.ts) then decides on the loaded row.
   */
  permission: Permission | AnyOrOwn;
  /** Transaction timeout, for the rare action that writes thousands of rows (the CSV import); default 15 s. */
  timeoutMs?: number;
  /**
   * Expensive work that needs no database (parsing an uploaded file), run after the permission check and before the
   * transaction opens, so it never holds a connection. Its result reaches `run` as `ctx.prepared`.
   */
  prepare?(ctx: { input: z.infer<S>; member: MemberContext }): Promise<P>;
  run(ctx: ActionContext<z.infer<S>, P>): Promise<T>;
  /**
   * The agency pages this write changes, refreshed once the transaction has committed (lib/actions/revalidate.ts
   * decides whether the calling page needs a re-render): a list, or a function of the result and the input for
   * writes whose pages depend on them. Never the whole agency layout.
   */
  revalidate?: readonly AgencyPagePath[] | ((data: T, input: z.infer<S>) => readonly AgencyPagePath[]);
  /** Input fields that are secrets (a webhook URL): replaced by "[secret]" in the audit trail of refused attempts. */
  secretFields?: readonly string[];
};

function permitted(member: MemberContext, permission: Permission | AnyOrOwn): boolean {
  return typeof permission === "string" ? memberCan(member, permission) : canSome(member.roles, permission);
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * The one way in for mutations: validate → session → membership of the agency named in the URL → permission →
 * domain work and audit in one tenant transaction → typed result. Refusals after sign-in are themselves audited,
 * so cross-tenant probing leaves a trail in the prober's own agency.
 */
export function defineAction<S extends z.ZodType, T, P = undefined>(config: ActionConfig<S, T, P>) {
  return async function action(agencySlug: string, rawInput: unknown): Promise<ActionResult<T>> {
    const parsed = config.schema.safeParse(rawInput);
    if (!parsed.success) {
      return invalidInput(fieldErrorsOf(parsed.error));
    }
    const unstorable = unstorableTextErrors(parsed.data);
    if (unstorable) return invalidInput(unstorable);
    // Refused before any work when the process is saturated (scripts/serve.ts measures it): a typed "busy" answer
    // now beats a write that queues for seconds and may time out half-way.
    if (currentOverload()) return BUSY_RESULT;
    // Everything from here on may reach the database; one catch turns any unexpected failure (a database outage
    // during the membership lookup included) into the typed "error" result instead of an HTTP 500.
    let member: MemberContext | null = null;
    try {
      const user = await getSessionUser();
      if (!user) return { ok: false, code: "unauthenticated", message: "Please sign in again." };
      member = typeof agencySlug === "string" ? await findMembership(user, agencySlug) : null;
      if (!member) return { ok: false, code: "not_found", message: "That agency was not found." };
      if (!permitted(member, config.permission)) {
        await logRefusal(member, config.name, "forbidden", redact(rawInput, config.secretFields));
        return { ok: false, code: "forbidden", message: "You do not have permission to do that." };
      }
      const { agencyId } = member;
      const signedIn = member;
      const prepared = (config.prepare ? await config.prepare({ input: parsed.data, member }) : undefined) as P;
      const data = await withTenant(
        agencyId,
        user.id,
        (tx) =>
          config.run({
            input: parsed.data,
            member: signedIn,
            tx,
            prepared,
            audit: (event) => recordAudit(tx, { ...event, agencyId, actorId: user.id }),
          }),
        { timeoutMs: config.timeoutMs },
      );
      // The dashboard's stored standing of the books this write touched, recomputed once the answer is sent, so the
      // next view reads instead of computing and the writer does not wait (a read finds any book still marked).
      await afterResponse(() => refreshAfterWrite(agencyId, user.id));
      let pageIsFresh = false;
      if (config.revalidate) {
        const pages =
          typeof config.revalidate === "function" ? config.revalidate(data, parsed.data) : config.revalidate;
        pageIsFresh = await revalidatePages(signedIn.agencySlug, pages);
      }
      return pageIsFresh ? { ok: true, data, pageIsFresh } : { ok: true, data };
    } catch (error) {
      if (error instanceof ActionError) {
        if (member && (error.code === "not_found" || error.code === "forbidden")) {
          await logRefusal(member, config.name, error.code, redact(rawInput, config.secretFields));
        }
        return {
          ok: false,
          code: error.code,
          message: error.message,
          fieldErrors: error.fieldErrors,
          current: error.current,
        };
      }
      if (databaseUnavailableReason(error)) return BUSY_RESULT; // never started or rolled back: safe to resend
      const errorId = randomUUID();
      console.error(`[action ${config.name}] unexpected error ${errorId}`, error);
      return {
        ok: false,
        code: "error",
        message: `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`,
        errorId,
      };
    }
  };
}

type Gate<D, I> = Pick<ActionConfig<z.ZodType, D, undefined>, "permission" | "secretFields"> & {
  revalidate?: readonly AgencyPagePath[] | ((data: D, input: I) => readonly AgencyPagePath[]);
};

/**
 * The actions of one area mostly share their gate and the pages they refresh: the group states those once and each
 * action names only its name within the area ("growth" + "editPlan" is logged as "growth.editPlan"), its schema and
 * its mutation, plus whatever differs in `own`.
 */
export function actionGroup<D = unknown, I = unknown>(area: string, gate: Gate<D, I>) {
  return function groupAction<S extends z.ZodType<I>, T extends D>(
    name: string,
    schema: S,
    run: (ctx: ActionContext<z.infer<S>>) => Promise<T>,
    own: Partial<Gate<T, z.infer<S>>> = {},
  ) {
    return defineAction<S, T>({ ...gate, ...own, name: `${area}.${name}`, schema, run } as ActionConfig<
      S,
      T,
      undefined
    >);
  };
}

async function logRefusal(member: MemberContext, action: string, code: string, input: unknown) {
  await withTenant(member.agencyId, member.user.id, (tx) =>
    recordAudit(tx, {
      agencyId: member.agencyId,
      actorId: member.user.id,
      action: "access.denied",
      entityType: "Action",
      entityId: action,
      after: { code, input: truncateForLog(input) },
    }),
  ).catch((error: unknown) => console.error("[audit] could not record refusal", error));
}

function redact(input: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields || typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const field of fields) if (field in copy) copy[field] = "[secret]";
  return copy;
}

function truncateForLog(input: unknown): unknown {
  const text =
    JSON.stringify(input ?? null, (_, v: unknown) => (typeof v === "string" ? storableText(v) : v)) ?? "null";
  return text.length > 2000 ? `${storableText(text.slice(0, 2000))}…` : JSON.parse(text);
}
