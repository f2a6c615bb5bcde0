// A search box in the header of every page: it sends the query to the search page
// (?q=…), which runs it. Material's own search is not used.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="aa-search-page"]');
  var header = document.querySelector(".md-header__inner");
  if (!meta || !header || header.querySelector(".aa-header-search")) return;
  var form = document.createElement("form");
  form.className = "aa-header-search";
  form.setAttribute("role", "search");
  form.action = meta.getAttribute("content");
  form.method = "get";
  var input = document.createElement("input");
  input.type = "search";
  input.name = "q";
  input.placeholder = "搜索作品、作者、单位";
  input.setAttribute("aria-label", "搜索");
  var current = new URLSearchParams(window.location.search).get("q");
  if (current && document.getElementById("aa-search")) input.value = current;
  form.appendChild(input);
  var source = header.querySelector(".md-header__source");
  header.insertBefore(form, source);
})();
