// On a partner's page: size each Casebook frame to its content. Height messages are
// taken only from this script's own origin and only from one of its frames.
(function () {
  "use strict";
  var origin = new URL(document.currentScript.src).origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.casebook !== "height") {
      return;
    }
    var frames = document.querySelectorAll("iframe[data-casebook]");
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        var height = Number(data.height);
        if (height > 0 && height < 20000) {
          frames[i].style.height = height + "px";
        }
      }
    }
  });
})();
