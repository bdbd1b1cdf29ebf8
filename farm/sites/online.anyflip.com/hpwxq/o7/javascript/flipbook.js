(function () {
  var c = document.getElementById('flipbookContainer');
  var html = '<div class="book-title">' + bookConfig.bookTitle + '</div>';
  for (var i = 0; i < pageTexts.length; i++) {
    html += '<div class="flip-page" data-page="' + (i + 1) + '">' + pageTexts[i] + '<span class="page-no">' + (i + 1) + '</span></div>';
  }
  c.innerHTML = html;
})();
