// Printing a page from the browser: every collapsible block open and every content tab shown
// with its label. The labels are added once per page (hidden on screen by site.css); blocks are
// opened just before printing and closed again afterwards, for browsers that ignore the CSS.
(function () {
  "use strict";

  function labelTabs() {
    document.querySelectorAll(".md-typeset .tabbed-set").forEach(function (set) {
      var labels = set.querySelectorAll(":scope > .tabbed-labels > label");
      var blocks = set.querySelectorAll(":scope > .tabbed-content > .tabbed-block");
      blocks.forEach(function (block, i) {
        if (labels[i] && !block.querySelector(":scope > .print-tab-label")) {
          var label = document.createElement("p");
          label.className = "print-tab-label";
          label.textContent = labels[i].textContent;
          block.insertBefore(label, block.firstChild);
        }
      });
    });
  }

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

  window.MLASite.onEveryPage(labelTabs);
})();
