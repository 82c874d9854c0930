"""The project's sources on disk under ``docs/``: version files, and the data files in
``docs/_data/`` (glossary, related documents, curated correspondences), read with YAML."""
