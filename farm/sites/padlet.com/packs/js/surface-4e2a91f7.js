/* surface: draws a Shelf board, one column per section, its posts in order */
(function () {
  'use strict';
  var s = window.$startingState;
  function get(u) { return fetch(u, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); }
  function esc(t) { var d = document.createElement('div'); d.textContent = t || ''; return d.innerHTML; }
  Promise.all([get('/api/5/wall_sections?wall_id=' + s.wallId), get('/api/5/wishes?wall_id=' + s.wallId)]).then(function (r) {
    var sections = r[0].data, posts = r[1].data, html = '<div class="surface-shelf">';
    sections.sort(function (a, b) { return a.attributes.sort_index - b.attributes.sort_index; });
    sections.forEach(function (sec) {
      html += '<section class="shelf-column" data-section-id="' + sec.id + '"><h2 class="section-title">' +
              esc(sec.attributes.title) + '</h2>';
      posts.filter(function (p) { return p.attributes.wall_section_id === sec.id; }).forEach(function (p) {
        var a = p.attributes;
        html += '<article class="post" data-post-id="' + p.id + '"><h3 class="post-subject">' + esc(a.subject) + '</h3>' +
                '<div class="post-body">' + (a.body || '') + '</div>';
        if (a.attachment) {
          html += '<a class="post-attachment" href="' + a.attachment + '" target="_blank" rel="noopener">' +
                  esc(a.attachment_caption || a.attachment) + '</a>';
        }
        html += '</article>';
      });
      html += '</section>';
    });
    document.getElementById('app').innerHTML = html + '</div>';
  });
})();
