"""The text core: the clause model, the Markdown body parser and the corpus of versions.

Standard library plus markdown-it only (never YAML), so it runs in the browser too.
"""
