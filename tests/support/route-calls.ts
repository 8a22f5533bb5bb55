// Calling route handlers in integration tests: the status and the JSON body
// (empty for 204), so assertions read as `expect(status).toBe(…)`.
export type Json = Record<string, unknown>;

export async function call(response: Promise<Response>): Promise<{ status: number; body: Json }> {
  const answered = await response;
  return { status: answered.status, body: answered.status === 204 ? {} : ((await answered.json()) as Json) };
}
