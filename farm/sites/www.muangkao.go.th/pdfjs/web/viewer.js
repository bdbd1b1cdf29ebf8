/* PDF.js viewer: reads ?file= and renders it */
