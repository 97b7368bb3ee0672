import type { Hono } from "hono";
import { etag } from "hono/etag";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../../door/env";
import { API_JS } from "./api-js";
import { ARTICLE_JS } from "./article-js";
import { CHAT_JS } from "./chat-js";
import { ARTICLE_HTML, CHAT_HTML } from "./html";
import { RENDER_JS } from "./render-js";
import { STYLE_CSS } from "./style";

/** The page's files under /page/, with their content types. */
export const PAGE_FILES: Record<string, { body: string; type: string }> = {
  "style.css": { body: STYLE_CSS, type: "text/css; charset=utf-8" },
  "api.js": { body: API_JS, type: "text/javascript; charset=utf-8" },
  "render.js": { body: RENDER_JS, type: "text/javascript; charset=utf-8" },
  "chat.js": { body: CHAT_JS, type: "text/javascript; charset=utf-8" },
  "article.js": { body: ARTICLE_JS, type: "text/javascript; charset=utf-8" },
};

/** Seconds a browser may reuse a page file before revalidating it (by ETag). */
export const PAGE_MAX_AGE = 300;

/**
 * Security headers for the page: Hono's secureHeaders defaults plus a content security policy that
 * lets the page load only its own scripts and styles (no inline code) and call only its own origin.
 */
const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
});

/** The chat page at /, an article at /articles/{id}, and their files at /page/*. */
export function mountPage(app: Hono<AppEnv>): void {
  for (const path of ["/", "/articles/:id", "/page/*"]) app.use(path, pageHeaders, etag());
  app.get("/", (c) => c.html(CHAT_HTML, 200, { "cache-control": "no-cache" }));
  app.get("/articles/:id", async (c) => {
    const known = await c.get("engine").hasArticle(c.req.param("id"));
    return c.html(ARTICLE_HTML, known ? 200 : 404, { "cache-control": "no-cache" });
  });
  app.get("/page/:file", (c) => {
    const file = PAGE_FILES[c.req.param("file")];
    if (!file) return c.notFound();
    return c.body(file.body, 200, { "content-type": file.type, "cache-control": `public, max-age=${PAGE_MAX_AGE}` });
  });
}
