/*
 * Accessibility repairs of markup that PrimeFaces renders, run when a page has loaded and after
 * each Ajax update.
 */
(function () {
  "use strict";

  function repair() {
    // A checkbox menu's trigger and its icon repeat the menu's label on elements without a role.
    // The menu's own focusable element carries the label, so the trigger is hidden from readers.
    document.querySelectorAll(".ui-selectcheckboxmenu-trigger").forEach(function (trigger) {
      trigger.removeAttribute("aria-label");
      trigger.setAttribute("aria-hidden", "true");
      trigger.querySelectorAll("[aria-label]").forEach(function (inner) {
        inner.removeAttribute("aria-label");
      });
    });
    // A chart is an image named by the heading of its card; the table below it gives the figures.
    document.querySelectorAll('canvas[role="img"]:not([aria-label])').forEach(function (canvas) {
      var card = canvas.closest("[aria-labelledby]");
      var heading = card && document.getElementById(card.getAttribute("aria-labelledby"));
      if (heading) {
        canvas.setAttribute("aria-label", heading.textContent.trim());
      }
    });
  }

  window.addEventListener("load", function () {
    repair();
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", repair);
    }
  });
})();
