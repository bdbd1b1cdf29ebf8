/* ita-app.8c41d2e7.js: ITA module (c) vendor */
(function () {
  var app = document.getElementById('app'), year = app.getAttribute('data-year'), site = window.SITE;
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  document.title = 'ITA ' + year + ' - ' + site.name;
  app.innerHTML = '<header class="site-header"><div id="top-bar"><b>' + esc(site.name) + '</b> ' + esc(site.district) +
    '</div><nav class="navbar"><ul class="nav">' + site.menu.map(function (m) {
      return '<li class="nav-item"><a class="nav-link" href="' + esc(m[1]) + '">' + esc(m[0]) + '</a></li>';
    }).join('') + '</ul></nav></header><main class="container"><h1>ITA ' + esc(year) + '</h1><p>' + esc(site.intro) +
    '</p><div id="ita-app"></div></main><footer class="site-footer">' + esc(site.name) + ' ' + esc(site.address) +
    ' โทรศัพท์ ' + esc(site.phone) + '</footer>';
  app = document.getElementById('ita-app');
  var sections = [['9', 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'], ['10', 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต']];
  app.innerHTML = '<h2 class="ita-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ' + esc(year) + '</h2>' +
    sections.map(function (s) {
      return '<section class="ita-indicator" id="ind-' + s[0] + '"><h3>' + esc(s[1]) + '</h3><table class="table ita-table">' +
        '<thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร</th></tr></thead><tbody><tr><td colspan="3" class="loading">' +
        'กำลังโหลดข้อมูล…</td></tr></tbody></table></section>';
    }).join('');
  function row(it) {
    var docs = it.files.length ? it.files.map(function (f) {
      return '<div><a href="' + esc(f.url) + '" target="_blank"><i class="fa fa-file"></i> ' + esc(f.name) + '</a></div>';
    }).join('') : esc(it.note || '-');
    return '<tr><td class="code">' + esc(it.code) + '</td><td>' + esc(it.title) + '<br><small>ตัวชี้วัดย่อยที่ ' +
      esc(it.sub) + '</small></td><td>' + docs + '</td></tr>';
  }
  sections.forEach(function (s) {
    var body = document.querySelector('#ind-' + s[0] + ' tbody');
    fetch('/api/ita.php?year=' + year + '&indicator=' + s[0], {headers: {'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (d) { body.innerHTML = d.items.map(row).join(''); })
      .catch(function (e) {
        body.innerHTML = '<tr><td colspan="3" class="text-danger">เกิดข้อผิดพลาดในการโหลดข้อมูล (' + esc(e.message) +
          ') กรุณาลองใหม่อีกครั้งภายหลัง</td></tr>';
      });
  });
})();