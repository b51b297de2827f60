/*! Article Atlas host script: sizes every Article Atlas iframe on the page to its content and tells
 * each whether it is near the viewport (so only those hold a live map). No dependencies, no inline
 * script needed. A message is accepted only from an Atlas iframe's own window (event.source) and
 * from the embed's origin (event.origin). Usage: <script src="https://ATLAS/embed.js" defer></script>
 * The embed origin is this script's own origin, or the script tag's data-origin attribute. */
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
  function isAtlas(f) {
    try {
      var u = new URL(f.src, location.href);
      return u.origin === origin && /\/embed\.html$/.test(u.pathname);
    } catch (e) {
      return false;
    }
  }
  function post(i) {
    var w = frames[i].contentWindow;
    if (w && near[i] != null) w.postMessage({ atlas: 'visibility', near: near[i] }, origin);
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
      f.addEventListener('load', post.bind(null, frames.length - 1));
      if (io) io.observe(f);
    }
  }
  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || d.atlas !== 'height') return;
    var h = d.height;
    if (typeof h !== 'number' || !(h > 0 && h < 20000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
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
