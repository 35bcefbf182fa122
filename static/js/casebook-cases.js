// <casebook-cases>: a live list of the centre's cases on a partner's page.
//
//   <script src="https://<site>/static/js/casebook-cases.js" defer></script>
//   <casebook-cases technology="vr" count="4"><a href="…">Cases</a></casebook-cases>
//
// Attributes: lang (else the partner page's own lang), the case library's filters
// (edition, direction, domain, technology, country, sdg, year) and count. The cards are
// the site's own embed list (/<lang>/embed/cases/), shown in a shadow root with this
// site's stylesheet, so the partner's styles and this list's cannot touch each other.
// No cookies are sent and nothing is asked of any other host; the element's own content
// (a link, say) stays visible where scripts do not run.
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var stylesheet = new URL("../css/site.css", script.src).href;
  var LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans"];
  var FILTERS = ["edition", "direction", "domain", "technology", "country", "sdg", "year"];

  function language(element) {
    var holder = element.closest("[lang]");
    var asked = (holder ? holder.getAttribute("lang") : "en").toLowerCase();
    if (LANGUAGES.indexOf(asked) >= 0) {
      return asked;
    }
    if (asked.indexOf("zh") === 0) {
      return "zh-hans";
    }
    var primary = asked.split("-")[0];
    return LANGUAGES.indexOf(primary) >= 0 ? primary : "en";
  }

  // The list's addresses are relative to this site; on the partner's page they must not be.
  function anchor(root) {
    root.querySelectorAll("[href]").forEach(function (element) {
      element.setAttribute("href", new URL(element.getAttribute("href"), origin).href);
    });
    root.querySelectorAll("[src]").forEach(function (element) {
      element.setAttribute("src", new URL(element.getAttribute("src"), origin).href);
    });
    root.querySelectorAll("[srcset]").forEach(function (element) {
      var candidates = element.getAttribute("srcset").split(",").map(function (candidate) {
        var parts = candidate.trim().split(/\s+/);
        parts[0] = new URL(parts[0], origin).href;
        return parts.join(" ");
      });
      element.setAttribute("srcset", candidates.join(", "));
    });
  }

  class CasebookCases extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) {
        return;
      }
      var params = new URLSearchParams();
      FILTERS.forEach(function (name) {
        if (this.getAttribute(name)) {
          params.set(name, this.getAttribute(name));
        }
      }, this);
      params.set("count", this.getAttribute("count") || "6");
      var address = origin + "/" + language(this) + "/embed/cases/?" + params.toString();
      fetch(address, { credentials: "omit", referrerPolicy: "no-referrer" })
        .then(function (response) {
          return response.ok ? response.text() : Promise.reject(new Error(response.status));
        })
        .then(this.show.bind(this))
        .catch(function () {
          // The element's own content (the partner's fallback link) stays in view.
        });
    }

    show(html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var list = document.createElement("div");
      list.className = "embed__main";
      list.lang = page.documentElement.lang;
      list.dir = page.documentElement.dir;
      var main = page.querySelector("main");
      // On the partner's page the list is a section of it: its title is no page title.
      var title = main.querySelector("h1");
      if (title) {
        var heading = document.createElement("h2");
        heading.className = title.className;
        heading.textContent = title.textContent;
        title.replaceWith(heading);
      }
      list.append.apply(list, Array.from(main.childNodes));
      anchor(list);
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = stylesheet;
      this.attachShadow({ mode: "open" }).append(link, list);
    }
  }

  if (!customElements.get("casebook-cases")) {
    customElements.define("casebook-cases", CasebookCases);
  }
})();
