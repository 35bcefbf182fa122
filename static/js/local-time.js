/* Adds the visitor's own time beside <time datetime="…" data-local-time="label">.
   Progressive enhancement: the page already shows the organiser's time and UTC. */
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) return;
  var lang = document.documentElement.lang || undefined;
  var format;
  try {
    format = new Intl.DateTimeFormat(lang, {
      year: "numeric", month: "long", day: "numeric",
      hour: "numeric", minute: "2-digit", timeZoneName: "short"
    });
  } catch (e) {
    return;
  }
  var nodes = document.querySelectorAll("time[data-local-time]");
  for (var i = 0; i < nodes.length; i++) {
    var node = nodes[i];
    var moment = new Date(node.getAttribute("datetime"));
    if (isNaN(moment.getTime())) continue;
    var note = document.createElement("span");
    note.className = "local-time";
    note.textContent = node.getAttribute("data-local-time") + " " + format.format(moment);
    node.parentNode.insertBefore(note, node.nextSibling);
  }
})();
