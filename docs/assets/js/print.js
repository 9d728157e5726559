// Printing a page from the browser: every collapsible block open. site.css opens them where the
// browser supports ::details-content; for the others they are opened just before printing and
// closed again afterwards. (Each content tab's print label comes with the page's HTML.)
(function () {
  "use strict";

  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".md-typeset details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) {
      d.open = false;
    });
    opened = [];
  });
})();
