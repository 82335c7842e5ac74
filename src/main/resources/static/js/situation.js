// Samsyn lägesbild: the map (area choropleth, H3 hexagons with Gi* results, points when allowed) and the charts, drawn
// from the picture in data-picture. Every figure is also in a table on the page; the map and charts are enhancements.
(function () {
  'use strict';

  const BLUES = ['#f1f5fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

  function shade(count, max) {
    if (!count || !max) { return BLUES[0]; }
    return BLUES[Math.min(BLUES.length - 1, 1 + Math.floor((count / max) * (BLUES.length - 2)))];
  }

  function initMap(el) {
    if (el.dataset.ready || typeof L === 'undefined') { return; }
    el.dataset.ready = 'true';
    const picture = JSON.parse(el.dataset.picture);
    const map = L.map(el, { scrollWheelZoom: false });
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    map.setView([62.0, 15.0], 5);
    const counts = {};
    let max = 0;
    picture.areas.forEach(a => { counts[a.area] = a; max = Math.max(max, a.count); });
    const bounds = [];
    fetch(el.dataset.areas, { headers: { Accept: 'application/geo+json' } })
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(data => {
        const shown = data.features.filter(f => counts[f.id]);
        const layer = L.geoJSON({ type: 'FeatureCollection', features: shown }, {
          style: f => ({ color: '#1f4e79', weight: 2, fillColor: shade(counts[f.id].count, max), fillOpacity: 0.35 }),
          onEachFeature: (f, l) => l.bindTooltip(f.properties.name + ': ' + counts[f.id].count)
        }).addTo(map);
        layer.bringToBack();
        if (layer.getLayers().length) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); }
        el.dataset.areasDrawn = String(shown.length);
      })
      .catch(() => { el.dataset.error = 'true'; });
    const hexes = picture.hotspots.hexagons || [];
    const hexMax = hexes.reduce((m, h) => Math.max(m, h.count || 0), 0);
    hexes.forEach(h => {
      const hot = h.bin > 0;
      const cold = h.bin < 0;
      const polygon = L.polygon(h.boundary, {
        color: hot ? '#a50f15' : cold ? '#08519c' : '#404040',
        weight: hot || cold ? 3 : 1,
        dashArray: cold ? '4 4' : null,
        fillColor: '#f16913',
        fillOpacity: h.count ? 0.15 + 0.6 * (h.count / (hexMax || 1)) : 0.05
      }).addTo(map);
      polygon.bindTooltip((h.count === null ? '<3' : String(h.count)) + (h.bin !== 0 ? ' (Gi* z = ' + h.z.toFixed(2) + ')' : ''));
      bounds.push(...h.boundary);
    });
    (picture.points || []).forEach(p => {
      L.circleMarker([p.lat, p.lon], { radius: 4, color: '#1b1b1b', weight: 1, fillColor: '#1b1b1b', fillOpacity: 0.8 })
        .bindTooltip((p.categoryCodes || []).join(', ')).addTo(map);
    });
    el.dataset.hexagons = String(hexes.length);
  }

  function chart(canvas, picture) {
    if (canvas.dataset.ready || typeof Chart === 'undefined') { return; }
    canvas.dataset.ready = 'true';
    if (canvas.dataset.chart === 'timeline') {
      new Chart(canvas, {
        type: 'bar',
        data: { labels: picture.timeline.labels, datasets: [{ label: canvas.getAttribute('aria-label'), data: picture.timeline.counts, backgroundColor: '#1f4e79' }] },
        options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    } else {
      const colours = ['#1f4e79', '#a50f15', '#006d2c', '#6a3d9a', '#b15928', '#404040', '#08519c', '#7f2704', '#54278f'];
      const datasets = picture.sources.map((s, i) => ({
        label: s.source === 'EST' ? 'EST' : s.source + ': ' + s.label,
        data: s.values,
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        spanGaps: true,
        yAxisID: s.measure === 'INDEX_0_6' || s.measure === 'PERCENT' ? 'index' : 'count'
      }));
      new Chart(canvas, {
        type: 'line',
        data: { labels: picture.sources[0].labels, datasets: datasets },
        options: { animation: false, scales: { count: { position: 'left', beginAtZero: true }, index: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } } } }
      });
    }
  }

  function init() {
    const el = document.getElementById('situation-map');
    if (!el) { return; }
    initMap(el);
    const picture = JSON.parse(el.dataset.picture);
    document.querySelectorAll('canvas[data-chart]').forEach(c => chart(c, picture));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
