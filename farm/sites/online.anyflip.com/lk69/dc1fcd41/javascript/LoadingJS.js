(function(){var b=document.getElementById('flipbook');fliphtml5_pages.forEach(function(p,i){var d=document.createElement('div');d.className='page';d.innerHTML=p.n;b.appendChild(d);});})();
