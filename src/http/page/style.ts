/** The page's one stylesheet: mobile first, right-to-left, Arabic system fonts, light and dark. */
export const STYLE_CSS = String.raw`
:root{--bg:#f7f5f0;--fg:#1d1d1b;--muted:#66645e;--card:#fff;--line:#dedad0;--accent:#0b6e4f;--user:#e3efe9;--warn:#fff4e0;--warnline:#d9a441;--mark:#fbeeb8;
font-family:system-ui,-apple-system,"Segoe UI","Noto Sans Arabic","Geeza Pro","Arabic UI Text",Tahoma,"DejaVu Sans",sans-serif;line-height:1.7;color:var(--fg);background:var(--bg)}
@media (prefers-color-scheme:dark){:root{--bg:#141513;--fg:#ecebe6;--muted:#a3a199;--card:#1f201d;--line:#3a3a35;--accent:#5cc69b;--user:#1f3a2f;--warn:#3a2f1a;--warnline:#b0832a;--mark:#5a4a12}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:46rem;min-height:100vh;padding:0 1rem 7rem}
a{color:var(--accent)}
.top{padding:1rem 0 .25rem}
h1{font-size:1.5rem;margin:0}
.sub,.muted{color:var(--muted);margin:.25rem 0;font-size:.95rem}
#log{display:flex;flex-direction:column;gap:.75rem;padding:.5rem 0}
.msg{border-radius:.9rem;padding:.6rem .9rem;max-width:100%;overflow-wrap:anywhere}
.msg.user{align-self:flex-start;background:var(--user);max-width:85%;white-space:pre-line}
.msg.bot{background:var(--card);border:1px solid var(--line)}
.msg.bot.pending .stream::after{content:"▍";animation:blink 1s steps(2) infinite}
@keyframes blink{50%{opacity:0}}
.stream{white-space:pre-line;margin:0}
.msg.notfound{background:var(--warn);border:1px dashed var(--warnline)}
.label{font-weight:600;margin:0 0 .25rem;font-size:.9rem}
.notice>.label::before{content:"⚠ "}
.mentioned,.holdings{margin-top:.5rem}
.mentions{margin:0;padding-inline-start:1.2rem}
.mentions li{margin:.3rem 0}
.clamp{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.passage{border-top:1px solid var(--line);padding:.5rem 0}
.passage:first-child{border-top:0}
figure.quote{margin:.25rem 0 .5rem}
.quote blockquote{margin:0;padding:.1rem .8rem;border-inline-start:4px solid var(--accent);font-family:"Noto Naskh Arabic","Geeza Pro","Traditional Arabic",Amiri,serif;font-size:1.12rem}
.quote.reported blockquote{border-inline-start-style:dotted;font-style:italic}
.quote figcaption{padding-inline-start:.8rem;font-size:.92rem;color:var(--muted)}
.quote figcaption b{color:var(--fg)}
.kind{font-size:.8rem;border:1px solid var(--line);border-radius:.4rem;padding:0 .3rem;margin-inline-start:.4rem}
.excerpt{color:var(--muted);font-size:.95rem;margin:.25rem 0}
.source{display:inline-block;font-size:.85rem;text-decoration:none;border-bottom:1px dotted}
details{margin-top:.5rem;font-size:.85rem;color:var(--muted)}
.tools{display:flex;gap:.5rem;flex-wrap:wrap;margin-top:.5rem}
button,.chip{font:inherit;cursor:pointer;border-radius:.6rem;border:1px solid var(--line);background:var(--card);color:var(--fg);padding:.3rem .8rem}
button:disabled{opacity:.5;cursor:default}
.chip{font-size:.9rem}
#examples{display:flex;gap:.5rem;flex-wrap:wrap;padding:.5rem 0}
.summary{background:var(--bg);border-radius:.6rem;padding:.4rem .8rem;margin:.5rem 0 0}
.summary ul{margin:0;padding-inline-start:1.2rem}
.ask{position:fixed;inset-inline:0;bottom:0;margin:0 auto;max-width:46rem;display:flex;gap:.5rem;padding:.75rem 1rem;background:var(--bg);border-top:1px solid var(--line)}
.ask textarea{flex:1;font:inherit;resize:none;border-radius:.6rem;border:1px solid var(--line);padding:.45rem .7rem;background:var(--card);color:var(--fg);min-height:2.6rem}
.ask button{background:var(--accent);color:#fff;border:0;padding:0 1.2rem}
.error{color:#b3261e}
.back{text-decoration:none}
#article h1{font-size:1.4rem;line-height:1.5;margin:.5rem 0}
#article p.para{margin:.6rem 0;padding:.2rem .5rem;border-radius:.4rem}
#article p.para.target{background:var(--user)}
.num{color:var(--muted);font-size:.8rem;margin-inline-end:.4rem}
mark{background:var(--mark);color:inherit;border-radius:.2rem;padding:0 .1rem}
mark.reported{background:none;border-bottom:2px dotted var(--warnline);border-radius:0}
`;
