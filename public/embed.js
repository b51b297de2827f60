/*! Article Atlas host script: sizes every Article Atlas iframe on the page to its content and tells
 * each whether it is near the viewport (so only those hold a live map). No dependencies, no inline
 * script needed. A message is accepted only from an Atlas iframe's own window (event.source) and
 * from the embed's origin (event.origin). Usage: <script src="https://ATLAS/embed.js" defer></script>
 * The embed origin is this script's own origin, or the script tag's data-origin attribute.
 * Messages go to a frame only once it holds the embed (after its load event, or its first message):
 * before that its window is still about:blank, and posting to the embed's origin would only print
 * an origin warning in the console. */
(function () {
  'use strict';
  var me = document.currentScript;
  var origin;
  try {
    origin = (me && me.getAttribute('data-origin')) || new URL(me.src, location.href).origin;
  } catch (e) {
    return;
  }
  var frames = [];
  var near = [];
  /** The src each frame has loaded (or null): a changed src is a navigation still under way. */
  var loaded = [];
  function isAtlas(f) {
    try {
      var u = new URL(f.src, location.href);
      return u.origin === origin && /\/embed\.html$/.test(u.pathname);
    } catch (e) {
      return false;
    }
  }
  function post(i) {
    var f = frames[i];
    var w = f.contentWindow;
    if (w && near[i] != null && loaded[i] === f.src) w.postMessage({ atlas: 'visibility', near: near[i] }, origin);
  }
  function onLoad(i) {
    loaded[i] = frames[i].src;
    post(i);
  }
  var io =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          function (entries) {
            entries.forEach(function (en) {
              var i = frames.indexOf(en.target);
              if (i < 0) return;
              near[i] = en.isIntersecting;
              post(i);
            });
          },
          { rootMargin: '50% 0px' },
        )
      : null;
  function scan() {
    var list = document.getElementsByTagName('iframe');
    for (var j = 0; j < list.length; j++) {
      var f = list[j];
      if (frames.indexOf(f) >= 0 || !isAtlas(f)) continue;
      frames.push(f);
      near.push(null);
      loaded.push(null);
      f.addEventListener('load', onLoad.bind(null, frames.length - 1));
      if (io) io.observe(f);
    }
  }
  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var i = -1;
    for (var j = 0; j < frames.length; j++) if (frames[j].contentWindow === e.source) i = j;
    if (i < 0) return;
    // A message from the embed: it has loaded (perhaps before this script saw the frame).
    if (loaded[i] !== frames[i].src) onLoad(i);
    var d = e.data;
    if (!d || typeof d !== 'object' || d.atlas !== 'height') return;
    var h = d.height;
    if (typeof h !== 'number' || !(h > 0 && h < 20000)) return;
    frames[i].style.height = Math.ceil(h) + 'px';
  });
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  if ('MutationObserver' in window)
    new MutationObserver(scan).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['src'],
    });
})();
