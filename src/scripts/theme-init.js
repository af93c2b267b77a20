// Inlined at the top of <head> (its hash is in the CSP) so a saved theme is
// applied before the first paint: no flash of the other theme on load.
// `data-js` lets the stylesheet hold room for the theme button, which its
// module script reveals a moment later, so nothing in the header shifts.
document.documentElement.dataset.js = '';
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked (privacy mode): follow the system theme.
}
