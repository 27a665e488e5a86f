// claimledger report: a speaker button highlights that speaker's claims (in its document, or in
// every document for the buttons above them); a claim in the list scrolls to its place and
// takes the keyboard focus there. The page works without this script, less these two.
(function () {
  "use strict";
  var status = document.querySelector(".status");

  function scopeOf(element) {
    return element.closest("article.doc") || document;
  }

  function say(message) {
    if (status) status.textContent = message;
  }

  function toggleSpeaker(button) {
    var scope = scopeOf(button);
    var who = button.getAttribute("data-who");
    var on = button.getAttribute("aria-pressed") !== "true";
    scope.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    scope.querySelectorAll('button[aria-pressed="true"]').forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    if (!on) {
      say("");
      return;
    }
    var claims = {};
    scope.querySelectorAll('[data-who="' + who + '"]').forEach(function (el) {
      if (el.tagName === "BUTTON") {
        el.setAttribute("aria-pressed", "true");
      } else {
        el.classList.add("hl");
        if (el.matches("li.claim")) claims[(scopeOf(el).id || "") + "/" + el.getAttribute("data-c")] = true;
      }
    });
    var n = Object.keys(claims).length;
    say(n + " claim" + (n === 1 ? "" : "s") + " by " + button.firstChild.textContent.trim() + " highlighted");
  }

  function goTo(link) {
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return false;
    var scope = scopeOf(target);
    document.querySelectorAll(".cur").forEach(function (el) { el.classList.remove("cur"); });
    var claim = target.getAttribute("data-c");
    scope.querySelectorAll('[data-c="' + claim + '"]').forEach(function (el) { el.classList.add("cur"); });
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    if (history.replaceState) history.replaceState(null, "", link.hash);
    return true;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-who]");
    if (button) {
      toggleSpeaker(button);
      return;
    }
    var link = event.target.closest(".claims a[href^='#']");
    if (link && goTo(link)) event.preventDefault();
  });
})();
