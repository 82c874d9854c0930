"""The build-time site: pages for versions, guides, training and comparison, the flowcharts,
open data, security headers and the browser's Python, assembled without reference to MkDocs
(``macros/`` wires it in)."""
