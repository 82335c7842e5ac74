// Samsyn: global behaviour. Maps are drawn from GeoJSON fetched from the REST API; the page always has a table too.
(function () {
  'use strict';

  const AREA_COLOURS = {
    MUNICIPALITY: '#1f4e79', DISTRICT: '#6a3d9a', EST_AREA: '#b15928',
    VULNERABLE_AREA: '#a50f15', SURVEY_AREA: '#006d2c', CUSTOM: '#404040'
  };

  function initMap(el) {
    if (el.dataset.ready || typeof L === 'undefined') { return; }
    el.dataset.ready = 'true';
    const map = L.map(el, { scrollWheelZoom: false });
    const tiles = el.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    map.setView([62.0, 15.0], 5);
    fetch(el.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(data => {
        const layer = L.geoJSON(data, {
          style: f => ({ color: AREA_COLOURS[f.properties.type] || '#404040', weight: 2, fillOpacity: 0.12 }),
          onEachFeature: (f, l) => l.bindTooltip(f.properties.name)
        }).addTo(map);
        if (layer.getLayers().length && !el.dataset.pinned) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); }
        el.dispatchEvent(new CustomEvent('samsyn:map-loaded', { bubbles: true, detail: { features: data.features.length } }));
        el.dataset.features = String(data.features.length);
      })
      .catch(() => { el.dataset.error = 'true'; });
    if (el.dataset.pickLat) { enablePinPicking(el, map); }
    if (el.dataset.points) { showPoints(el, map); }
  }

  // Report points (GeoJSON from the reports API) drawn over the areas; each links to the report's page.
  function showPoints(el, map) {
    fetch(el.dataset.points, { headers: { Accept: 'application/geo+json' } })
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(data => {
        const layer = L.geoJSON(data, {
          pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 7, color: '#1b1b1b', weight: 2, fillColor: '#ffbf47', fillOpacity: 0.9 }),
          onEachFeature: (f, l) => {
            const link = document.createElement('a');
            link.href = (el.dataset.reportBase || '') + f.id;
            link.textContent = f.properties.reference + ': ' + (f.properties.categories || []).join(', ');
            l.bindPopup(link);
          }
        }).addTo(map);
        if (layer.getLayers().length) { el.dataset.pinned = 'true'; map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 16 }); }
        el.dataset.points = String(data.features.length);
      })
      .catch(() => { el.dataset.error = 'true'; });
  }

  // Pin-picking: a click on the map writes the point to the form's latitude and longitude inputs, and typing in
  // them moves the pin. The inputs work on their own, so the form does not depend on the map.
  function enablePinPicking(el, map) {
    const latInput = document.getElementById(el.dataset.pickLat);
    const lonInput = document.getElementById(el.dataset.pickLon);
    if (!latInput || !lonInput) { return; }
    let marker = null;
    const place = (lat, lon, pan) => {
      if (marker) { marker.setLatLng([lat, lon]); } else { marker = L.marker([lat, lon], { keyboard: false }).addTo(map); }
      if (pan) { map.setView([lat, lon], Math.max(map.getZoom(), 15)); }
    };
    const fromInputs = pan => {
      const lat = parseFloat(String(latInput.value).replace(',', '.'));
      const lon = parseFloat(String(lonInput.value).replace(',', '.'));
      if (!isNaN(lat) && !isNaN(lon)) { el.dataset.pinned = 'true'; place(lat, lon, pan); }
    };
    fromInputs(true);
    map.on('click', e => {
      latInput.value = e.latlng.lat.toFixed(6);
      lonInput.value = e.latlng.lng.toFixed(6);
      el.dataset.pinned = 'true';
      place(e.latlng.lat, e.latlng.lng, false);
      latInput.dispatchEvent(new Event('change', { bubbles: true }));
    });
    latInput.addEventListener('change', () => fromInputs(true));
    lonInput.addEventListener('change', () => fromInputs(true));
  }

  function init(root) {
    root.querySelectorAll('.map[data-geojson]').forEach(initMap);
  }

  document.addEventListener('DOMContentLoaded', () => init(document));
  document.addEventListener('htmx:load', e => init(e.target));
})();
