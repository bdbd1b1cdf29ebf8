/* main: draws the page's blocks (text boxes, buttons, images) and the site's navigation from #page-data */
(function () {
  'use strict';
  var d = JSON.parse(document.getElementById('page-data').textContent);
  var html = '<header class="site-nav"><span class="brand">' + d.site + '</span><nav>';
  d.nav.forEach(function (n) { html += '<a href="' + n.href + '">' + n.label + '</a>'; });
  html += '</nav></header><main>';
  d.blocks.forEach(function (b) {
    if (b.type === 'heading') { html += '<h2 class="heading">' + b.text + '</h2>'; }
    else if (b.type === 'text') { html += '<div class="text-box">' + b.html + '</div>'; }
    else if (b.type === 'button') { html += '<a class="button" href="' + b.href + '" target="_blank">' + b.label + '</a>'; }
    else if (b.type === 'image') { html += '<img src="' + b.src + '" alt="' + (b.alt || '') + '">'; }
  });
  document.getElementById('root').innerHTML = html + '</main><footer>' + d.footer + '</footer>';
})();
