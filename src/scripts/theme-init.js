document.documentElement.dataset.js = '';
try {
  var theme = localStorage.getItem('theme');
} catch {
  theme = null;
}
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
