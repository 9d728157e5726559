// Accessibility fixes to markup the theme's script creates after the page loads (template
// fixes live in overrides/): each code block's toolbar is a <nav>, and several navs with the
// same (empty) name on one page are indistinguishable landmarks, so each gets its own name.
(function () {
  "use strict";

  function nameCodeToolbars() {
    document.querySelectorAll(".md-code__nav:not([aria-label])").forEach(function (nav) {
      var all = Array.prototype.indexOf.call(document.querySelectorAll(".md-code__nav"), nav);
      nav.setAttribute("aria-label", "Code block " + (all + 1) + " tools");
    });
  }

  new MutationObserver(nameCodeToolbars).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  nameCodeToolbars();
})();
