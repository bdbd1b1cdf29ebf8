/* bm-components-4c1e9a.js: the municipality's design system (compiled web components) */
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));

class BmHeader extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<style>:host{display:block;background:#0b5394;color:#fff;padding:12px 24px}</style>` +
      `<header part="header"><slot name="logo"></slot><div class="name"><b>${esc(this.getAttribute("agency"))}</b>` +
      `<small> ${esc(this.getAttribute("district"))}</small></div></header>`;
  }
}

class BmNav extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<style>:host{display:block}nav{display:flex;gap:16px;padding:8px 24px}</style>` +
      `<nav part="nav" aria-label="เมนูหลัก"><slot></slot></nav>`;
  }
}

class BmFooter extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<style>:host{display:block;background:#eee;padding:16px 24px}</style>` +
      `<footer part="footer"><b>${esc(this.getAttribute("agency"))}</b> ${esc(this.getAttribute("address"))}` +
      `<br>โทรศัพท์ ${esc(this.getAttribute("phone"))} อีเมล ${esc(this.getAttribute("email"))}</footer>`;
  }
}

/* a document link: the vendor keeps its markup to itself (closed shadow root) */
class ItaFile extends HTMLElement {
  connectedCallback() {
    if (this._root) return;
    this._root = this.attachShadow({mode: "closed"});
    const type = (this.getAttribute("type") || "").toUpperCase();
    this._root.innerHTML = `<style>a{display:inline-block;margin:2px 0}.t{font-size:11px;background:#c00;color:#fff;` +
      `padding:0 4px;border-radius:3px}</style><a part="link" href="${esc(this.getAttribute("href"))}" target="_blank">` +
      (type && type !== "PAGE" ? `<span class="t">${esc(type)}</span> ` : "") + `<slot></slot></a>`;
  }
}

class ItaOitTable extends HTMLElement {
  async connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<p class="loading">กำลังโหลดข้อมูล…</p>`;
    const res = await fetch(this.getAttribute("src"), {headers: {Accept: "application/json"}});
    const data = await res.json();
    const rows = data.groups.map((g) =>
      `<tr class="group"><th colspan="3">ตัวชี้วัดย่อยที่ ${esc(g.sub)} ${esc(g.name)}</th></tr>` +
      g.items.map((it) => `<tr><td class="code">${esc(it.code)}</td><td>${esc(it.title)}</td><td>` +
        (it.files.length ? it.files.map((f) => `<div><ita-file href="${esc(f.url)}" type="${esc(f.type)}">` +
          `${esc(f.name)}</ita-file></div>`).join("") : esc(it.note || "-")) + `</td></tr>`).join("")).join("");
    root.innerHTML = `<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px}` +
      `.group th{background:#dde8f5;text-align:left}</style><h2 part="heading">${esc(data.title)}</h2>` +
      `<table part="table"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร / ลิงก์</th></tr></thead>` +
      `<tbody>${rows}</tbody></table><p class="updated">ปรับปรุงข้อมูลล่าสุด ${esc(data.updated)}</p>`;
  }
}

customElements.define("bm-header", BmHeader);
customElements.define("bm-nav", BmNav);
customElements.define("bm-footer", BmFooter);
customElements.define("ita-file", ItaFile);
customElements.define("ita-oit-table", ItaOitTable);
