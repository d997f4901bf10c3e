// Serve mode only; never part of a built site. Reloads this page once the server has rebuilt it, and lets
// the reader hide the error overlay.
(function () {
  'use strict';
  var script = document.currentScript;
  var events = new EventSource('/__ov/events?path=' + encodeURIComponent(script.dataset.path) +
      '&since=' + encodeURIComponent(script.dataset.version));
  events.addEventListener('reload', function () {
    events.close();
    location.reload();
  });
  var hide = document.getElementById('ov-overlay-close');
  if (hide) {
    hide.addEventListener('click', function () {
      document.getElementById('ov-overlay').hidden = true;
    });
  }
})();
