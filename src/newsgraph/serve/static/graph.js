// The actor graph (cytoscape.js, vendored under static/vendor with its licence). Data comes from the page's
// <script type="application/json"> block, the same dict GET /graph returns; labels are canvas text, never HTML.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var src = document.getElementById("graph-data");
  if (!box || !src || typeof cytoscape === "undefined") return;
  var data = JSON.parse(src.textContent);
  // one colour per actor type (the same as the legend and the badges: style.css --t-*)
  var colours = {PERSON: "#2563eb", ORG: "#c2410c", GPE: "#15803d", LOC: "#a16207", MEDIA: "#7c3aed", GROUP: "#be185d",
    NORP: "#0e7490", FAC: "#9f1239", EVENT: "#4d7c0f"};
  // A seeded random source (mulberry32): the layout is the same on every load of the same graph.
  function seeded(seed) {
    return function () {
      seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({group: "nodes", data: {id: n.id, label: n.name, type: n.type, role: n.role || "", size: 18 + 6 * Math.sqrt(n.n_docs || 1)}});
  });
  data.edges.forEach(function (e, i) {
    var fact = e.factuality && e.factuality !== "asserted" ? " (" + e.factuality + ")" : "";
    elements.push({group: "edges", data: {id: "e" + i, source: e.source, target: e.target, kind: e.kind,
      asserted: fact ? "no" : "yes",
      label: e.kind === "cooccurrence" ? "" : (e.type || e.kind) + fact + (e.weight > 1 ? " ×" + e.weight : ""),
      weight: e.kind === "cooccurrence" ? Math.min(3, e.weight / 2) : e.weight}});
  });
  var random = Math.random;
  Math.random = seeded(data.nodes.length * 7919 + data.edges.length);  // cose draws its start from Math.random
  var cy;
  try {
  cy = cytoscape({
    container: box,
    elements: elements,
    style: [
      {selector: "node", style: {"background-color": function (n) { return colours[n.data("type")] || "#64748b"; },
        "label": "data(label)", "width": "data(size)", "height": "data(size)", "font-size": 13, "font-family": "system-ui, sans-serif",
        "color": "#1f2430", "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2}},
      {selector: "edge", style: {"curve-style": "bezier", "target-arrow-shape": "triangle", "width": function (e) { return 1 + Math.min(6, e.data("weight")); },
        "line-color": "#cbd5e1", "target-arrow-color": "#cbd5e1", "label": "data(label)", "font-size": 9, "color": "#667085",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1}},
      {selector: "edge[kind = 'quote']", style: {"line-style": "dashed", "line-color": "#fbbf24", "target-arrow-color": "#fbbf24"}},
      {selector: "edge[kind = 'cooccurrence']", style: {"target-arrow-shape": "none", "line-color": "#e2e8f0", "width": 1}},
      {selector: "edge[asserted = 'no']", style: {"line-style": "dotted", "opacity": 0.6}},
      {selector: ".faded", style: {"opacity": 0.15}},
      {selector: "node:selected", style: {"border-width": 3, "border-color": "#1d4ed8"}}
    ],
    layout: {name: "cose", animate: false, padding: 50, randomize: true, numIter: 2500, nodeOverlap: 40,
      componentSpacing: 160, nodeRepulsion: function () { return 600000; }, idealEdgeLength: function () { return 140; },
      gravity: 0.6}
  });
  } finally { Math.random = random; }
  if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
  // Actor names keep a readable size on screen (>= 11px) however far the graph is zoomed out to fit the box;
  // edge labels are hidden below 6px rather than drawn as specks.
  function scaleLabels() {
    var z = cy.zoom();
    cy.batch(function () { cy.nodes().style("font-size", Math.max(13, 11 / z)); });
  }
  cy.edges().style("min-zoomed-font-size", 6);
  scaleLabels();
  cy.on("zoom", scaleLabels);
  var info = document.getElementById("graph-info");
  cy.on("mouseover", "node", function (ev) {
    var n = ev.target;
    cy.elements().addClass("faded");
    n.closedNeighborhood().removeClass("faded");
    if (info) info.textContent = n.data("label") + (n.data("role") ? " · " + n.data("role") : "") + " · " + n.connectedEdges().length + " links";
  });
  cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
  cy.on("tap", "node", function (ev) { window.location.href = "/actors/" + encodeURIComponent(ev.target.id()); });
  window.newsgraphGraph = cy;
})();
