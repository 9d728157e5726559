// Accessibility fixes to markup the theme's script creates after the page loads (template
// fixes live in overrides/). Each code block's toolbar is a <nav>, and several navs with the
// same (empty) name on one page are indistinguishable landmarks, so each gets its own name.
(function () {
  "use strict";

  function nameCodeToolbars() {
    document.querySelectorAll(".md-code__nav:not([aria-label])").forEach(function (nav) {
      var all = Array.prototype.indexOf.call(document.querySelectorAll(".md-code__nav"), nav);
      nav.setAttribute("aria-label", "Code block " + (all + 1) + " tools");
    });
  }

  // Glossary tooltips: the first <abbr> of each abbreviation on a page takes keyboard focus, so
  // its meaning shows on focus as well as on hover, without a tab stop for every repeat.
  function focusableAbbreviations() {
    var seen = {};
    document.querySelectorAll(".md-typeset abbr[title]").forEach(function (abbr) {
      var key = abbr.textContent;
      if (!seen[key] && !abbr.closest("a, button, summary, label")) {
        abbr.setAttribute("tabindex", "0");
        seen[key] = true;
      }
    });
  }

  window.MLASite.onEveryPage(focusableAbbreviations);

  new MutationObserver(nameCodeToolbars).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  nameCodeToolbars();
})();
