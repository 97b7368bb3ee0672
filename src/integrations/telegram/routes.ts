import type { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../door/env";
import { ProblemError } from "../../door/problem";
import { timingSafeEqual } from "../crypto";
import { chatQuestion, replyText } from "../reply";

const Update = z.object({
  update_id: z.number(),
  message: z.object({ message_id: z.number(), chat: z.object({ id: z.union([z.number(), z.string()]) }), text: z.string().optional() }).passthrough().optional(),
}).passthrough();

/** Telegram's message limit, in characters. */
const MAX_MESSAGE = 4096;

export function mountTelegram(app: Hono<AppEnv>): void {
  app.post("/integrations/telegram", async (c) => {
    const secret = c.env?.TELEGRAM_SECRET_TOKEN;
    if (!secret) throw new ProblemError("integration_disabled", "Telegram is not configured (TELEGRAM_SECRET_TOKEN is not set)");
    if (!timingSafeEqual(c.req.header("x-telegram-bot-api-secret-token") ?? "", secret)) {
      throw new ProblemError("unauthorized", "X-Telegram-Bot-Api-Secret-Token does not match");
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new ProblemError("malformed_json", "the update is not valid JSON");
    }
    const update = Update.safeParse(raw);
    if (!update.success) throw new ProblemError("validation", "not a Telegram update");
    const message = update.data.message;
    // other update kinds (edited messages, callbacks, members joining) need no answer
    if (!message?.text?.trim()) return c.json({ ok: true });
    const question = chatQuestion(message.text.replace(/^\/\w+(@\w+)?\s*/, ""));
    const text = question ? replyText(await c.get("engine").ask(question)) : "اكتب سؤالك — Ask me a question about the news.";
    return c.json({ method: "sendMessage", chat_id: message.chat.id, text: text.slice(0, MAX_MESSAGE), reply_to_message_id: message.message_id });
  });
}
