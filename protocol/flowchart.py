"""Placeholder until the flowchart lands: returns no diagram."""


def flowchart_html(guide) -> str:
    return ""
