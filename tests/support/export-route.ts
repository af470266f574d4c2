import { NextRequest } from "next/server";

/**
 * GET /api/agencies/<slug>/export/<kind><query> through the route handler, as the signed-in user of the test's mocked
 * session (import this after `vi.mock("@/lib/auth/session", …)`). `text` is the file decoded as UTF-8, which drops the
 * byte-order mark; `bytes` keep it.
 */
export async function downloadExport(slug: string, kind: string, query = "") {
  const { GET } = await import("../../app/api/agencies/[agency]/export/[kind]/route");
  const request = new NextRequest(`http://localhost/api/agencies/${slug}/export/${kind}${query}`);
  const response = await GET(request, { params: Promise.resolve({ agency: slug, kind }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return { response, status: response.status, bytes, text, lines: text.split("\r\n").filter(Boolean) };
}
