// Light or dark theme: the reader's saved choice is applied before the first paint (no flash), otherwise
// the system's; the header button switches and remembers. Loaded as a plain blocking script in <head>.
(function () {
  var root = document.documentElement;
  var KEY = 'dossier-theme';
  try {
    var saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  } catch (e) {}
  function current() {
    return root.getAttribute('data-theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    function label() {
      button.textContent = current() === 'dark' ? 'Light theme' : 'Dark theme';
    }
    label();
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem(KEY, next); } catch (e) {}
      label();
    });
  });
})();
