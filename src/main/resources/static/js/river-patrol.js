/* 巡河 on a phone: follows the browser's position, sends track points in batches, and keeps batches that could not
   be sent in localStorage to retry them (a batch sent twice adds nothing on the server). No inline scripts. */
(function () {
  'use strict';
  var box = document.getElementById('patrol-tracker');
  if (!box) return;
  var id = box.getAttribute('data-patrol-id');
  var url = box.getAttribute('data-points-url');
  var key = 'civicgrid.patrol.' + id + '.queue';
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var gps = document.getElementById('patrol-gps');
  var queued = document.getElementById('patrol-queue');
  var pointsEl = document.getElementById('patrol-points');
  var buffer = [];
  var sending = false;
  var BATCH = 10;

  function load() {
    try { return JSON.parse(window.localStorage.getItem(key) || '[]'); } catch (e) { return []; }
  }
  function save(q) {
    try { window.localStorage.setItem(key, JSON.stringify(q)); } catch (e) { /* storage full: keep in memory */ }
    queued.textContent = String(q.reduce(function (n, b) { return n + b.length; }, 0) + buffer.length);
  }
  function seal() {
    if (!buffer.length) return;
    var q = load();
    q.push(buffer);
    buffer = [];
    save(q);
  }
  function flush() {
    if (sending) return Promise.resolve();
    var q = load();
    if (!q.length) return Promise.resolve();
    sending = true;
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) headers[header.content] = token.content;
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({ points: q[0] }) })
      .then(function (r) {
        if (r.ok) return r.json().then(function (res) {
          var rest = load(); rest.shift(); save(rest);
          if (pointsEl) pointsEl.textContent = String(res.total);
          sending = false;
          return flush();
        });
        if (r.status === 400 || r.status === 409) { var rest = load(); rest.shift(); save(rest); }
        sending = false;
      })
      .catch(function () { sending = false; });
  }
  function onPosition(pos) {
    buffer.push({ at: new Date(pos.timestamp || Date.now()).toISOString(), lat: pos.coords.latitude,
      lng: pos.coords.longitude, accuracy: pos.coords.accuracy });
    gps.textContent = box.getAttribute('data-msg-tracking') + ' ' + pos.coords.latitude.toFixed(5) + ', '
      + pos.coords.longitude.toFixed(5);
    var lat = document.getElementById('problem-lat');
    var lng = document.getElementById('problem-lng');
    if (lat && lng) { lat.value = pos.coords.latitude; lng.value = pos.coords.longitude; }
    if (buffer.length >= BATCH) { seal(); flush(); } else { save(load()); }
  }
  function onError() {
    gps.textContent = box.getAttribute('data-msg-nogps');
  }
  if (navigator.geolocation) {
    navigator.geolocation.watchPosition(onPosition, onError, { enableHighAccuracy: true, maximumAge: 5000, timeout: 30000 });
  } else {
    onError();
  }
  window.setInterval(function () { seal(); flush(); }, 15000);
  window.addEventListener('online', function () { flush(); });
  save(load());
  flush();

  var end = document.getElementById('patrol-end-form');
  if (end) {
    end.addEventListener('submit', function (e) {
      if (end.dataset.flushed) return;
      e.preventDefault();
      seal();
      var done = function () { end.dataset.flushed = '1'; end.submit(); };
      flush().then(done, done);
    });
  }
})();
