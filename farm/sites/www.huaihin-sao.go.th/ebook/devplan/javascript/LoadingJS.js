(function(){var s=document.createElement('script');s.src='javascript/main.js';document.head.appendChild(s);})();
