import type { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../door/env";
import { ProblemError } from "../../door/problem";
import { verifyEd25519 } from "../crypto";
import { chatQuestion, replyText } from "../reply";
import { freshTimestamp } from "../replay";

const PING = 1;
const APPLICATION_COMMAND = 2;
const PONG = 1;
const CHANNEL_MESSAGE_WITH_SOURCE = 4;
/** Discord's message limit, in characters. */
const MAX_CONTENT = 2000;

/** The part of an interaction this door reads; anything else (null, an array, no type) is a 400. */
const Interaction = z
  .object({
    type: z.number().int(),
    data: z.object({ name: z.string().optional(), options: z.array(z.object({ name: z.string(), value: z.unknown().optional() }).passthrough()).optional() }).passthrough().optional(),
  })
  .passthrough();

export function mountDiscord(app: Hono<AppEnv>): void {
  app.post("/integrations/discord", async (c) => {
    const publicKey = c.env?.DISCORD_PUBLIC_KEY;
    if (!publicKey) throw new ProblemError("integration_disabled", "Discord is not configured (DISCORD_PUBLIC_KEY is not set)");
    const body = await c.req.text();
    const timestamp = c.req.header("x-signature-timestamp") ?? "";
    const ok = await verifyEd25519(publicKey, c.req.header("x-signature-ed25519") ?? "", timestamp + body);
    if (!ok) throw new ProblemError("unauthorized", "X-Signature-Ed25519 does not verify");
    if (!freshTimestamp(timestamp)) throw new ProblemError("unauthorized", "X-Signature-Timestamp is more than five minutes off");
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      throw new ProblemError("malformed_json", "the interaction is not valid JSON");
    }
    const parsed = Interaction.safeParse(raw);
    if (!parsed.success) throw new ProblemError("validation", "not a Discord interaction (an object with a numeric type)");
    const interaction = parsed.data;
    if (interaction.type === PING) return c.json({ type: PONG });
    if (interaction.type !== APPLICATION_COMMAND) throw new ProblemError("validation", `interaction type ${interaction.type} is not handled`);
    const option = interaction.data?.options?.find((o) => typeof o.value === "string");
    const question = chatQuestion(String(option?.value ?? ""));
    const content = question ? replyText(await c.get("engine").ask(question)) : "اكتب سؤالك — Ask a question.";
    return c.json({ type: CHANNEL_MESSAGE_WITH_SOURCE, data: { content: content.slice(0, MAX_CONTENT) } });
  });
}
