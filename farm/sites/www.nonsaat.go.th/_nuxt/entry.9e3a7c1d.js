/* entry.9e3a7c1d.js: hydration; the OIT list's "โหลดเพิ่มเติม" fetches the next page of cards */
const more = document.querySelector("button.ita-more");
if (more) {
  let page = Number(more.dataset.next || 2);
  const grid = document.querySelector(".ita-grid");
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
  more.addEventListener("click", async () => {
    more.disabled = true;
    const res = await fetch(`/api/ita/2569/items?page=${page}`, {headers: {Accept: "application/json"}});
    const data = await res.json();
    grid.insertAdjacentHTML("beforeend", data.items.map((it) => `<div data-v-4b2e1c7a class="ita-card">` +
      `<span data-v-4b2e1c7a class="code">${it.code}</span> ` + (it.note ? `<b data-v-4b2e1c7a>${esc(it.title)}</b>` +
      `<p data-v-4b2e1c7a>${esc(it.note)}</p>` : `<a data-v-4b2e1c7a href="/ita/2569/${it.code.toLowerCase()}">${esc(it.title)}</a>`) +
      `</div>`).join(""));
    page += 1;
    if (data.hasMore) { more.disabled = false; } else { more.remove(); }
  });
}
