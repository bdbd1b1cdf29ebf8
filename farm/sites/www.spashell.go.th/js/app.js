// The site's application: menu and page content are built from JSON fetched at run time.
(function () {
  var params = new URLSearchParams(window.location.search);
  // pages are addressed as /?id=about, or by a client-side route (/#/news) as hash-routed applications do
  var id = params.get("id") || window.location.hash.replace(/^#\//, "") || "home";
  var app = document.getElementById("app");

  function get(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(url + " " + r.status); }
      return r.json();
    });
  }

  function menu(items) {
    var nav = document.createElement("nav");
    nav.className = "main-menu";
    var ul = document.createElement("ul");
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.route ? "/#/" + item.id : "/?id=" + item.id;
      a.textContent = item.title;
      li.appendChild(a);
      ul.appendChild(li);
    });
    nav.appendChild(ul);
    return nav;
  }

  function content(page) {
    var main = document.createElement("main");
    var h1 = document.createElement("h1");
    h1.textContent = page.title;
    main.appendChild(h1);
    var body = document.createElement("div");
    body.className = "page-body";
    body.innerHTML = page.html;
    main.appendChild(body);
    return main;
  }

  var source = id === "budget" ? "/private/page-budget.json" : "/api/page-" + id + ".json";
  Promise.all([get("/api/menu.json"), get(source)]).then(function (data) {
    app.innerHTML = "";
    var logo = document.createElement("img");  // pictures are not fetched by the renderer
    logo.src = "/img/logo.png";
    logo.alt = "ตราสัญลักษณ์";
    app.appendChild(logo);
    app.appendChild(menu(data[0].menu));
    app.appendChild(content(data[1]));
    document.title = data[1].title + " | อบต.สปาเชลล์";
  }).catch(function (err) {
    app.innerHTML = "";
  });
  // a visitor counter on another host: refused by the renderer, never requested
  get("http://www.bansample.go.th/api/counter.json").catch(function () {});
})();
