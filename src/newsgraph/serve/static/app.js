// newsgraph web UI: small progressive enhancements. Data only ever goes into the page through textContent.
(function () {
  "use strict";
  var tip = null;

  function showTip(el, ev) {
    if (!tip) return;
    var rows = [];
    var q = el.closest(".hl.quote");
    var v = el.closest(".hl.event");
    var e = el.closest(".hl.entity");
    var s = el.closest(".hl.speaker, .hl.outlet");
    if (q) {
      rows.push(["Speaker", q.dataset.speaker || "unknown"]);
      if (q.dataset.cue) rows.push(["Cue", q.dataset.cue]);
      if (q.dataset.outlet) rows.push(["Reported by", q.dataset.outlet]);
      rows.push(["Kind", (q.dataset.kind || "") + " quote"]);
    }
    if (s && !q) rows.push(["", s.dataset.tip || ""]);
    if (v) rows.push(["Event", v.dataset.tip || v.dataset.type || ""]);
    if (e) rows.push([e.dataset.type || "Entity", (e.dataset.name || "") + (e.dataset.role ? " · " + e.dataset.role : "")]);
    var d = el.closest(".hl.date, .hl.quantity");
    if (d) rows.push(["", d.dataset.tip || ""]);
    if (!rows.length) return;
    tip.textContent = "";
    rows.forEach(function (r) {
      var row = document.createElement("span");
      row.className = "tip-row";
      if (r[0]) {
        var k = document.createElement("span");
        k.className = "tip-k";
        k.textContent = r[0];
        row.appendChild(k);
      }
      row.appendChild(document.createTextNode(r[1]));
      tip.appendChild(row);
    });
    tip.hidden = false;
    var x = ev.pageX + 14, y = ev.pageY + 16;
    var w = tip.offsetWidth;
    if (x + w > window.scrollX + document.documentElement.clientWidth - 8) x = ev.pageX - w - 14;
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function initDocument() {
    var text = document.getElementById("doc-text");
    tip = document.getElementById("tip");
    if (!text) return;
    document.querySelectorAll(".doc-hl").forEach(function (region) {
      // native title tooltips would double ours: keep the text in data-tip
      region.querySelectorAll(".hl[title]").forEach(function (el) {
        el.dataset.tip = el.getAttribute("title");
        el.removeAttribute("title");
      });
      region.addEventListener("mousemove", function (ev) {
        var el = ev.target.closest && ev.target.closest(".hl");
        if (el) showTip(el, ev); else if (tip) tip.hidden = true;
      });
      region.addEventListener("click", function (ev) {
        var el = ev.target.closest && ev.target.closest(".hl.entity[data-actor]");
        if (el && !window.getSelection().toString()) window.location.href = "/actors/" + encodeURIComponent(el.dataset.actor);
      });
      region.addEventListener("mouseleave", function () { if (tip) tip.hidden = true; });
    });
    document.querySelectorAll("[data-toggle]").forEach(function (box) {
      box.addEventListener("change", function () {
        document.body.classList.toggle("off-" + box.dataset.toggle.replace(".", "-"), !box.checked);
      });
    });
    var btn = document.getElementById("toggle-removed");
    var removed = document.getElementById("removed");
    if (btn && removed) {
      btn.addEventListener("click", function () {
        removed.hidden = !removed.hidden;
        btn.setAttribute("aria-expanded", String(!removed.hidden));
        btn.textContent = (removed.hidden ? "Show" : "Hide") + btn.textContent.replace(/^(Show|Hide)/, "");
        if (!removed.hidden) removed.scrollIntoView({behavior: "smooth", block: "start"});
      });
    }
    function focusOn(selector) {
      document.querySelectorAll(".hl.focus").forEach(function (x) { x.classList.remove("focus"); });
      var els = document.querySelectorAll(".doc-hl " + selector);
      els.forEach(function (x) { x.classList.add("focus"); });
      if (els.length) els[0].scrollIntoView({behavior: "smooth", block: "center"});
    }
    document.querySelectorAll("[data-quote-ref]").forEach(function (li) {
      li.addEventListener("click", function () { focusOn('.hl.quote[data-quote="' + CSS.escape(li.dataset.quoteRef) + '"]'); });
    });
    document.querySelectorAll("[data-event-ref]").forEach(function (li) {
      li.addEventListener("click", function () { focusOn('.hl.event[data-event="' + CSS.escape(li.dataset.eventRef) + '"]'); });
    });
    // a link to one quote or event of the article (/documents/ID#quote-q3, #event-v2): shown and scrolled to
    function focusHash() {
      var m = /^#(quote|event)-(.+)$/.exec(window.location.hash || "");
      if (m) focusOn('.hl.' + m[1] + '[data-' + m[1] + '="' + CSS.escape(decodeURIComponent(m[2])) + '"]');
    }
    focusHash();
    window.addEventListener("hashchange", focusHash);
  }

  function initAnalyze() {
    var form = document.getElementById("analyze-form");
    if (!form) return;
    form.addEventListener("submit", function () {
      var wait = document.getElementById("analyze-wait");
      var btn = document.getElementById("analyze-submit");
      if (wait) wait.hidden = false;
      if (btn) btn.disabled = true;
    });
  }

  document.addEventListener("DOMContentLoaded", function () { initDocument(); initAnalyze(); });
})();
