import type { Hono } from "hono";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { answer } from "../../answer";
import { verifyEd25519 } from "../crypto";
import { replyText } from "../reply";

const PING = 1;
const APPLICATION_COMMAND = 2;
const PONG = 1;
const CHANNEL_MESSAGE_WITH_SOURCE = 4;
/** Discord's message limit, in characters. */
const MAX_CONTENT = 2000;

interface Interaction {
  type: number;
  data?: { name?: string; options?: Array<{ name: string; value?: unknown }> };
}

export function mountDiscord(app: Hono<AppEnv>): void {
  app.post("/integrations/discord", async (c) => {
    const publicKey = c.env?.DISCORD_PUBLIC_KEY;
    if (!publicKey) throw new ProblemError("integration_disabled", "Discord is not configured (DISCORD_PUBLIC_KEY is not set)");
    const body = await c.req.text();
    const ok = await verifyEd25519(publicKey, c.req.header("x-signature-ed25519") ?? "", (c.req.header("x-signature-timestamp") ?? "") + body);
    if (!ok) throw new ProblemError("unauthorized", "X-Signature-Ed25519 does not verify");
    let interaction: Interaction;
    try {
      interaction = JSON.parse(body) as Interaction;
    } catch {
      throw new ProblemError("malformed_json", "the interaction is not valid JSON");
    }
    if (interaction.type === PING) return c.json({ type: PONG });
    if (interaction.type !== APPLICATION_COMMAND) throw new ProblemError("validation", `interaction type ${interaction.type} is not handled`);
    const option = interaction.data?.options?.find((o) => typeof o.value === "string");
    const question = String(option?.value ?? "").trim().slice(0, 1000);
    const content = question ? replyText(answer(c.get("index"), question)) : "اكتب سؤالك — Ask a question.";
    return c.json({ type: CHANNEL_MESSAGE_WITH_SOURCE, data: { content: content.slice(0, MAX_CONTENT) } });
  });
}
