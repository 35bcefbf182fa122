// Inside an embed frame: tell the partner page how tall the cards are, so that its
// embed-resize.js can size the frame. Sent only to the origin the partner named
// (?origin=), or to none when it named none.
(function () {
  "use strict";
  var target = document.body.dataset.partnerOrigin;
  if (!target || window.parent === window) {
    return;
  }
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ casebook: "height", height: height }, target);
  }
  send();
  if ("ResizeObserver" in window) {
    new ResizeObserver(send).observe(document.documentElement);
  } else {
    window.addEventListener("resize", send);
  }
})();
