/* main.e41b8f2d.js: AppComponent, routes '', 'moit', 'moit/:n', 'about', 'contact', '**' */
const API = "https://api.nongsunghospital.go.th/v1";
const base = new URL(document.baseURI).pathname;                 // "/web/"
const route = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/\/$/, "") : "";
const C = ' _ngcontent-ng-c2417730952=""';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
const link = (path, text) => `<a${C} href="${base}${path}">${esc(text)}</a>`;     // routerLink
const get = (path) => fetch(API + path, {headers: {Accept: "application/json"}}).then((r) => r.json());

function layout(site, main) {
  const menu = site.menu.map((m) => `<li${C}>${link(m.path, m.label)}</li>`).join("");
  return `<header${C} class="app-header"><span${C} class="brand">${esc(site.name)}</span><nav${C}><ul${C}>${menu}</ul></nav></header>` +
    `<main${C} class="container">${main}</main><footer${C}>${esc(site.name)} ${esc(site.address)} โทร ${esc(site.phone)}</footer>`;
}
const views = {
  "": async (site) => {
    const news = await get("/news");
    return `<h2${C}>ข่าวประชาสัมพันธ์</h2><ul${C}>${news.map((n) => `<li${C}>${esc(n.date)} ${esc(n.title)}</li>`).join("")}</ul>` +
      `<p${C}>${link("moit", "ITA/MOIT 2569 การเปิดเผยข้อมูลสาธารณะ")}</p>`;
  },
  "moit": async () => {
    const list = await get("/moit/2569");
    return `<h2${C}>${esc(list.title)}</h2><table${C} class="table"><tr${C}><th${C}>ข้อ</th><th${C}>ประเด็น</th><th${C}></th></tr>` +
      list.items.map((it) => `<tr${C}><td${C}>${it.code}</td><td${C}>${esc(it.title)}</td><td${C}>` +
        (it.status ? esc(it.status) : link("moit/" + it.n, "หลักฐาน")) + `</td></tr>`).join("") + `</table>`;
  },
  "moit/:n": async (site, n) => {
    const it = await get("/moit/2569/" + n);
    return `<nav${C}>${link("moit", "MOIT 2569")} › ${it.code}</nav><h2${C}>${it.code} ${esc(it.title)}</h2>` +
      it.quarters.map((q) => `<section${C} class="quarter"><h3${C}>ไตรมาส ${q.q}</h3>` + (q.files.length ?
        `<ul${C}>${q.files.map((f) => `<li${C}><a${C} href="${esc(f.href)}" target="_blank">${esc(f.name)}</a></li>`).join("")}</ul>` :
        `<p${C}>ยังไม่มีข้อมูล</p>`) + `</section>`).join("");
  },
  "about": async () => { const p = await get("/pages/about"); return `<h2${C}>${esc(p.title)}</h2>${p.html}`; },
  "contact": async () => { const p = await get("/pages/contact"); return `<h2${C}>${esc(p.title)}</h2>${p.html}`; },
};
(async () => {
  const root = document.querySelector("app-root");
  root.setAttribute("ng-version", "17.3.12");
  const site = await get("/site");
  const m = route.match(/^moit\/(\d+)$/);
  const view = m ? views["moit/:n"] : views[route];
  const main = view ? await view(site, m && m[1]) : `<h2${C}>ไม่พบหน้าที่ต้องการ (404)</h2>`;
  root.innerHTML = layout(site, main);
  document.title = site.name;
})();
