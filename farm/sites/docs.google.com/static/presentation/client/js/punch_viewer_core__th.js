/* punch viewer: draws every slide of viewerData as an SVG page; the first one shown, the others behind "next" */
(function () {
  'use strict';
  var c = document.querySelector('.punch-viewer-content'), html = '';
  viewerData.slides.forEach(function (lines, i) {
    html += '<svg class="punch-viewer-svgpage" viewBox="0 0 960 540" style="display:' + (i ? 'none' : 'block') + '">' +
            '<g class="punch-viewer-svgpage-svgcontainer">';
    lines.forEach(function (t, k) { html += '<text x="40" y="' + (60 + 40 * k) + '"><tspan>' + t + '</tspan></text>'; });
    html += '</g></svg>';
  });
  c.innerHTML = html;
})();
