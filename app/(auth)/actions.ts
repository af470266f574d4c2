"use server";

import { getSessionUser } from "@/lib/auth/session";
import { firstAgencyPath } from "./home-path";

/** Called right after a successful sign-in: the path to land on (the sign-in page explains when there is none). */
export async function homePathForMe(): Promise<string> {
  const user = await getSessionUser();
  if (!user) return "/sign-in";
  return (await firstAgencyPath(user)) ?? "/sign-in";
}
