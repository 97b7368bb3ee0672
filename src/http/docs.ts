import type { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * The Scalar API reference /docs loads: one pinned version from jsDelivr, checked by its Subresource
 * Integrity hash (the sha384 of dist/browser/standalone.js in the npm package), so a changed file is
 * refused by the browser. Its 4.3 MB are too large to serve from the Worker beside the index. To update:
 * `npm pack @scalar/api-reference@<version>` and `openssl dgst -sha384 -binary package/dist/browser/standalone.js | base64`.
 */
export const SCALAR_VERSION = "1.72.1";
export const SCALAR_SRC = `https://cdn.jsdelivr.net/npm/@scalar/api-reference@${SCALAR_VERSION}/dist/browser/standalone.js`;
export const SCALAR_INTEGRITY = "sha384-U11tb2XnKvmwt8RlTvnwUnYgrN+ur4Xyh9htLhjajWNR/Oyl5AX5DEz00qRmlrmK";

const DOCS_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Arabic news Q&amp;A API</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="${SCALAR_SRC}" integrity="${SCALAR_INTEGRITY}" crossorigin="anonymous"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

/** Starts the reference on /openapi.json; a file of its own, so the page needs no inline script. */
const INIT_JS = `Scalar.createApiReference("#app", { url: "/openapi.json", withDefaultFonts: false, hideClientButton: true });\n`;

/**
 * The docs page's policy: scripts from this origin and the pinned CDN file only, styles inline (Scalar
 * writes its styles at run time), requests to this origin only, never framed.
 */
const docsHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'", SCALAR_SRC],
    styleSrc: ["'self'", "'unsafe-inline'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
});

/** GET /docs (the API reference) and /docs/init.js. */
export function mountDocs(app: Hono<any>): void {
  app.use("/docs", docsHeaders);
  app.use("/docs/*", docsHeaders);
  app.get("/docs", (c) => c.html(DOCS_HTML));
  app.get("/docs/init.js", (c) => c.body(INIT_JS, 200, { "content-type": "text/javascript; charset=utf-8" }));
}
