import { z } from "zod";

const ContentPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();

export const ChatMessage = z
  .object({
    role: z.enum(["system", "user", "assistant", "developer", "tool"]),
    content: z.union([z.string(), z.array(ContentPart), z.null()]).optional(),
  })
  .passthrough();

export const ChatRequest = z
  .object({
    model: z.string().min(1).optional(),
    messages: z.array(ChatMessage).min(1, "messages must hold at least one message"),
    stream: z.boolean().optional(),
  })
  .passthrough();

export type ChatRequestBody = z.infer<typeof ChatRequest>;

/** The text of a message whose content is a string or a list of parts. */
export function messageText(content: z.infer<typeof ChatMessage>["content"]): string {
  if (typeof content === "string") return content;
  if (!content) return "";
  return content.map((p) => p.text ?? "").join(" ");
}
