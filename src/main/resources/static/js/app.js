/* CivicGrid page behaviour. No inline scripts anywhere (the CSP forbids them): pages describe what they
   need with data- attributes and JSON blocks (<script type="application/json">), and this file does it. */
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var ctx = (document.querySelector('meta[name="ctx"]') || {}).content || '/';
  if (ctx.slice(-1) !== '/') ctx += '/';

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var existing = document.querySelector('script[data-src="' + src + '"]');
      if (existing) { existing.addEventListener('load', resolve); if (existing.dataset.loaded) resolve(); return; }
      var s = document.createElement('script');
      s.src = src; s.dataset.src = src; s.defer = true;
      s.onload = function () { s.dataset.loaded = '1'; resolve(); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }
  function loadCss(href) {
    if (document.querySelector('link[href="' + href + '"]')) return;
    var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = href; document.head.appendChild(l);
  }
  function jsonData(el, attr) {
    var id = el.getAttribute(attr);
    if (!id) return null;
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  /* Navigation on a phone */
  function initNav() {
    var toggle = document.querySelector('.nav-toggle');
    var nav = document.querySelector('.side-nav');
    if (!toggle || !nav) return;
    toggle.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  /* htmx: send the CSRF token with every request it makes */
  function initHtmx() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    document.body.addEventListener('htmx:configRequest', function (e) {
      if (token && header) e.detail.headers[header.content] = token.content;
    });
  }

  function initConfirm(root) {
    root.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
      });
    });
    root.querySelectorAll('[data-autosubmit]').forEach(function (el) {
      el.addEventListener('change', function () { el.form && el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit(); });
    });
    root.querySelectorAll('[data-print]').forEach(function (el) {
      el.addEventListener('click', function () { window.print(); });
    });
  }

  /* Maps: Leaflet drawing the platform's own GeoJSON; a tile layer only when one is configured */
  var leafletReady = null;
  function withLeaflet() {
    if (!leafletReady) {
      loadCss(ctx + 'webjars/leaflet/dist/leaflet.css');
      leafletReady = loadScript(ctx + 'webjars/leaflet/dist/leaflet.js');
    }
    return leafletReady;
  }
  function styleOf(feature) {
    var p = feature.properties || {};
    return { color: p.stroke || p.color || '#9e1b1b', weight: p.weight || 2, fillColor: p.fill || p.color || '#9e1b1b',
      fillOpacity: p.fillOpacity != null ? p.fillOpacity : 0.15 };
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function popupOf(feature) {
    var p = feature.properties || {};
    if (!p.name) return null;
    var html = '<strong>' + escapeHtml(p.name) + '</strong>';
    if (p.detail) html += '<br>' + escapeHtml(p.detail);
    if (p.href) html += '<br><a href="' + escapeHtml(p.href) + '">' + escapeHtml(p.linkText || '查看 / Open') + '</a>';
    return html;
  }
  function initMap(el) {
    withLeaflet().then(function () {
      var L = window.L;
      var map = L.map(el, { zoomControl: true, attributionControl: true });
      var tiles = document.querySelector('meta[name="civicgrid-tiles"]');
      if (tiles && tiles.content) {
        var attribution = document.querySelector('meta[name="civicgrid-tiles-attribution"]');
        L.tileLayer(tiles.content, { maxZoom: 19, attribution: attribution ? attribution.content : '' }).addTo(map);
      }
      var group = L.featureGroup().addTo(map);
      function draw(geojson) {
        L.geoJSON(geojson, {
          style: styleOf,
          pointToLayer: function (f, latlng) {
            var p = f.properties || {};
            return L.circleMarker(latlng, { radius: p.radius || 7, color: '#fff', weight: 2, fillColor: p.color || '#1a4f8b', fillOpacity: 0.95 });
          },
          onEachFeature: function (f, layer) {
            var html = popupOf(f);
            if (html) layer.bindPopup(html);
            if (f.properties && f.properties.label) layer.bindTooltip(f.properties.label, { permanent: false });
          }
        }).addTo(group);
      }
      var inline = jsonData(el, 'data-geojson');
      var jobs = [];
      if (inline) draw(inline);
      var url = el.getAttribute('data-geojson-url');
      if (url) jobs.push(fetchJson(url).then(draw));
      Promise.all(jobs).then(function () {
        var bounds = group.getBounds();
        if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12], maxZoom: 16 });
        else map.setView([parseFloat(el.dataset.lat || 27.83), parseFloat(el.dataset.lng || 113.13)], parseInt(el.dataset.zoom || 12, 10));
      }).catch(function () { map.setView([27.83, 113.13], 11); });
      initPicker(el, map, L);
    });
  }
  /* A map that sets a location: click to drop the pin, or "use my location" */
  function initPicker(el, map, L) {
    var latInput = el.dataset.latInput && document.getElementById(el.dataset.latInput);
    var lngInput = el.dataset.lngInput && document.getElementById(el.dataset.lngInput);
    if (!latInput || !lngInput) return;
    var marker = null;
    function place(lat, lng, pan) {
      latInput.value = lat.toFixed(6); lngInput.value = lng.toFixed(6);
      if (marker) marker.setLatLng([lat, lng]); else marker = L.marker([lat, lng], { draggable: true }).addTo(map);
      marker.off('dragend').on('dragend', function () { var p = marker.getLatLng(); place(p.lat, p.lng, false); });
      if (pan) map.setView([lat, lng], Math.max(map.getZoom() || 15, 15));
      latInput.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (latInput.value && lngInput.value) place(parseFloat(latInput.value), parseFloat(lngInput.value), true);
    map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng, false); });
    var button = el.dataset.locateButton && document.getElementById(el.dataset.locateButton);
    if (button && navigator.geolocation) {
      button.hidden = false;
      button.addEventListener('click', function () {
        button.disabled = true;
        navigator.geolocation.getCurrentPosition(function (pos) {
          button.disabled = false; place(pos.coords.latitude, pos.coords.longitude, true);
        }, function () { button.disabled = false; }, { enableHighAccuracy: true, timeout: 15000 });
      });
    }
  }

  /* Charts: ECharts options come from a JSON block or a URL; an item with data.href drills down */
  var echartsReady = null;
  function withECharts() {
    if (!echartsReady) echartsReady = loadScript(ctx + 'webjars/echarts/dist/echarts.min.js');
    return echartsReady;
  }
  function initChart(el) {
    withECharts().then(function () {
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      function show(option) {
        chart.setOption(option);
        chart.on('click', function (params) {
          var href = params.data && params.data.href;
          if (href) window.location.href = href;
        });
      }
      var inline = jsonData(el, 'data-chart');
      if (inline) show(inline);
      var url = el.getAttribute('data-chart-url');
      if (url) fetchJson(url).then(show);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  function init(root) {
    initConfirm(root);
    root.querySelectorAll('[data-map]').forEach(initMap);
    root.querySelectorAll('[data-chart], [data-chart-url]').forEach(initChart);
  }

  document.addEventListener('DOMContentLoaded', function () {
    initNav();
    initHtmx();
    init(document);
    document.body.addEventListener('htmx:afterSwap', function (e) { init(e.target); });
  });
  window.CivicGrid = { withLeaflet: withLeaflet, fetchJson: fetchJson, init: init };
})();
