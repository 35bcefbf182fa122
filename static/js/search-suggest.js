/* Suggested pages under the search box while the visitor types. Progressive
   enhancement: without this script the form simply submits to the results page.
   The suggestions are ordinary links after the box (Tab or the down arrow reaches
   them); a live region says how many there are. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  var list = document.getElementById("search-suggestions");
  var status = document.getElementById("search-suggest-status");
  if (!input || !list || !status || !window.fetch) return;
  var timer = null;
  var pending = null;

  function clear() {
    list.hidden = true;
    list.textContent = "";
  }

  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (item) {
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.title;
      var kind = document.createElement("span");
      kind.textContent = item.type;
      link.appendChild(kind);
      var row = document.createElement("li");
      row.appendChild(link);
      list.appendChild(row);
    });
    list.hidden = suggestions.length === 0;
    status.textContent = input.dataset.suggestStatus + " " + suggestions.length;
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (pending) pending.abort();
    if (!query) { clear(); return; }  // The server decides when a prefix is long enough.
    pending = new AbortController();
    fetch(input.dataset.suggestUrl + "?query=" + encodeURIComponent(query), {
      signal: pending.signal, headers: { Accept: "application/json" }
    })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { show(data.suggestions || []); })
      .catch(function () { /* Aborted or offline: the form still works. */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && !list.hidden) {
      event.preventDefault();
      list.querySelector("a").focus();
    } else if (event.key === "Escape") {
      clear();
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && index < links.length - 1) {
      event.preventDefault();
      links[index + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (index > 0 ? links[index - 1] : input).focus();
    } else if (event.key === "Escape") {
      clear();
      input.focus();
    }
  });
})();
