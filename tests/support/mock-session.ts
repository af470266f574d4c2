import { vi } from "vitest";
import { signInAs } from "./session";

/**
 * The shared integration project's setup file (vitest.config.ts): its files share each worker's modules, so the session
 * stand-in must be in place for every file, or a file that never mocks it could load the action layer first with the
 * real next-auth session and leave it to the next file. Every file starts signed out.
 */
vi.mock("@/lib/auth/session", async () => (await import("./session")).sessionModuleMock);
signInAs(null);
