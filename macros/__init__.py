"""The thin MkDocs layer: hooks (page events) and macros, sharing one loaded Site."""
