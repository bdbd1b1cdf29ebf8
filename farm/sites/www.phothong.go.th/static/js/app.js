/* app.js: menus, news, pages and the ITA index are built from /data/*.json (history routes) */
(function () {
  'use strict';
  var app = document.getElementById('app');
  var state = { site: null, ita: null };
  var HASH = document.documentElement.getAttribute('data-router') === 'hash';

  function get(url) { return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function isRoute(href) { return href.charAt(0) === '/' && !/^\/(uploads|api)\//.test(href); }
  function link(href, text, cls) {
    var route = isRoute(href), extra = route ? ' data-link' : ' target="_blank" rel="noreferrer"';
    var to = route && HASH ? '#' + href : href;
    return '<a href="' + esc(to) + '"' + extra + (cls ? ' class="' + cls + '"' : '') + '>' + esc(text) + '</a>';
  }
  function menu(items) {
    return '<ul class="nav-menu">' + items.map(function (m) {
      var sub = m.children ? '<ul class="nav-dropdown">' + m.children.map(function (c) {
        return '<li>' + link(c.to, c.label, 'nav-dropdown-item') + '</li>'; }).join('') + '</ul>' : '';
      return '<li class="nav-item">' + link(m.to, m.label, 'nav-link') + sub + '</li>';
    }).join('') + '</ul>';
  }
  function layout(inner) {
    var s = state.site;
    return '<header class="site-header"><img src="/static/media/logo.png" alt="" class="logo"><div><h1 class="site-name">' +
      esc(s.name) + '</h1><p class="site-address">' + esc(s.address) + '</p></div></header>' +
      '<nav class="navbar">' + menu(s.menu) + '</nav><main class="container">' + inner + '</main>' +
      '<footer class="site-footer">' + esc(s.name) + ' ' + esc(s.address) + ' โทร. ' + esc(s.phone) +
      ' อีเมล ' + esc(s.email) + '</footer>';
  }
  function newsList(items) {
    return '<ul class="news-list">' + items.map(function (n) {
      return '<li><span class="date">' + esc(n.date) + '</span> ' + esc(n.title) + '</li>'; }).join('') + '</ul>';
  }
  function home() {
    return '<section class="hero"><a href="' + (HASH ? '#' : '') + '/ita2569" data-link class="ita-banner"><span>ITA</span><span>2569</span>' +
      '<span>การเปิดเผยข้อมูลสาธารณะ (OIT)</span></a></section><section><h2>ข่าวประชาสัมพันธ์</h2>' +
      newsList(state.site.news.slice(0, 4)) + link('/news', 'ดูข่าวทั้งหมด') + '</section>';
  }
  function itaIndex() {
    var d = state.ita;
    return '<section class="ita-hero"><h1>' + esc(d.title) + '</h1><p>' + esc(d.intro) + '</p></section>' +
      d.sections.map(function (sec) {
        return '<section id="' + sec.id + '" class="ita-section"><div class="ita-section-head"><p>' + esc(sec.indicator) +
          '</p><h2>' + esc(sec.title) + '</h2><span class="range">' + esc(sec.range) + '</span></div>' +
          '<div class="ita-items">' + sec.items.map(function (it) {
            return '<article data-ita-code="' + it.code + '" class="ita-item"><span class="code">' + it.code + '</span><h3>' +
              esc(it.title) + '</h3><div class="links">' + link('/ita2569/' + it.code.toLowerCase(), 'เปิดข้อมูล', 'btn') +
              '</div></article>'; }).join('') + '</div></section>';
      }).join('');
  }
  function itaItem(code) {
    var found = null;
    state.ita.sections.forEach(function (sec) { sec.items.forEach(function (it) { if (it.code.toLowerCase() === code) found = it; }); });
    if (!found) return notFound();
    var body = found.note ? '<p class="note">' + esc(found.note) + '</p>' : '';
    body += '<ul class="doc-list">' + found.links.map(function (l) { return '<li>' + link(l.href, l.label) + '</li>'; }).join('') + '</ul>';
    return '<nav class="breadcrumb">' + link('/ita2569', 'ITA 2569') + ' / ' + found.code + '</nav><h1>' + found.code + ' ' +
      esc(found.title) + '</h1>' + body;
  }
  function page(p) { return '<h1>' + esc(p.title) + '</h1><div class="page-body">' + p.html + '</div>'; }
  function notFound() { return '<h1>ไม่พบหน้าที่ต้องการ</h1>' + link('/', 'กลับหน้าหลัก'); }
  function render() {
    var path = (HASH ? location.hash.replace(/^#/, '') : location.pathname).replace(/\/+$/, '') || '/';
    var view, title;
    if (path === '/') { view = home(); title = state.site.name; }
    else if (path === '/news') { view = '<h1>ข่าวประชาสัมพันธ์</h1>' + newsList(state.site.news); title = 'ข่าวประชาสัมพันธ์'; }
    else if (path === '/ita2569') { view = itaIndex(); title = state.ita.title; }
    else if (path.indexOf('/ita2569/') === 0) { view = itaItem(path.slice(9)); title = 'ITA 2569 ' + path.slice(9).toUpperCase(); }
    else if (state.site.pages[path]) { view = page(state.site.pages[path]); title = state.site.pages[path].title; }
    else { view = notFound(); title = 'ไม่พบหน้าที่ต้องการ'; }
    document.title = title + ' | ' + state.site.name;
    app.innerHTML = layout(view);
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-link]');
    if (!a || HASH) return;                      /* hash links change the hash: 'hashchange' renders */
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    render();
    window.scrollTo(0, 0);
  });
  window.addEventListener(HASH ? 'hashchange' : 'popstate', render);
  Promise.all([get('/data/site.json'), get('/data/ita2569.json')]).then(function (d) {
    state.site = d[0]; state.ita = d[1]; render();
  });
})();
