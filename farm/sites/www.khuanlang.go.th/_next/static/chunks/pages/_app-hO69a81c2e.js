(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[888],{}]);
/* _app: the whole page is rendered here from __NEXT_DATA__ (client-only rendering) */
(function () {
  'use strict';
  var d = JSON.parse(document.getElementById('__NEXT_DATA__').textContent);
  var p = d.props.pageProps, L = p.layout;
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function a(href, text, cls) { return '<a href="' + esc(href) + '"' + (cls ? ' class="' + cls + '"' : '') + '>' + esc(text) + '</a>'; }
  function menu(items) {
    return '<ul class="menu_menu__x1">' + items.map(function (m) {
      var sub = m.children ? '<ul class="menu_sub__x2">' + m.children.map(function (c) { return '<li>' + a(c.href, c.label) + '</li>'; }).join('') + '</ul>' : '';
      return '<li class="menu_item__x3">' + a(m.href, m.label) + sub + '</li>';
    }).join('') + '</ul>';
  }
  function news(list) { return '<ul class="news_list__n1">' + list.map(function (n) { return '<li><time>' + esc(n.date) + '</time> ' + esc(n.title) + '</li>'; }).join('') + '</ul>'; }
  var views = {
    '/': function () {
      return '<section class="home_hero__h1">' + a('/ita/2569', 'ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)', 'home_ita__h2') + '</section>' +
        '<section><h2>ข่าวประชาสัมพันธ์</h2>' + news(p.news) + a('/news', 'ข่าวทั้งหมด') + '</section>';
    },
    '/news': function () { return '<h1>ข่าวประชาสัมพันธ์</h1>' + news(p.news); },
    '/[...slug]': function () { return '<h1>' + esc(p.page.title) + '</h1><div class="prose">' + p.page.html + '</div>'; },
    '/ita/[year]': function () {
      return '<h1>' + esc(p.ita.title) + '</h1><p>' + esc(p.ita.intro) + '</p>' + p.ita.groups.map(function (g) {
        return '<section class="ita_group__g1"><h2>' + esc(g.heading) + '</h2><div class="ita_grid__g2">' + g.items.map(function (it) {
          return '<div class="ita_card__c1"><b>' + it.code + '</b> ' + a('/ita/2569/' + it.code.toLowerCase(), it.title) + '</div>';
        }).join('') + '</div></section>';
      }).join('');
    },
    '/ita/[year]/[code]': function () {
      var it = p.item;
      return '<nav class="crumbs">' + a('/ita/2569', 'ITA 2569') + ' › ' + it.code + '</nav><h1>' + it.code + ' ' + esc(it.title) +
        '</h1><p>' + esc(it.description) + '</p><ul class="ita_docs__d1">' + it.documents.map(function (doc) {
          return '<li>' + a(doc.url, doc.name) + (doc.kind ? ' <span class="badge">' + doc.kind + '</span>' : '') + '</li>';
        }).join('') + '</ul>';
    }
  };
  var view = views[d.page] || function () { return '<h1>404 - ไม่พบหน้า</h1>'; };
  document.getElementById('__next').innerHTML =
    '<header class="layout_header__l1"><img src="/images/logo.png" alt=""><div><b>' + esc(L.name) + '</b><small>' + esc(L.address) +
    '</small></div></header><nav class="layout_nav__l2">' + menu(L.menu) + '</nav><main class="layout_main__l3">' + view() +
    '</main><footer class="layout_footer__l4">' + esc(L.name) + ' ' + esc(L.address) + ' โทร. ' + esc(L.phone) + '</footer>';
  document.title = (p.title ? p.title + ' | ' : '') + L.name;
})();
