"""The ``protocol`` command line (also ``python -m protocol``).

    protocol check [--root DIR]
    protocol diff A B [--format text|html|json|docx] [-o FILE] [--partial] [--root DIR]
    protocol guide ID --answer QUESTION=ANSWER ... [--json]
    protocol serve SITE [--host 127.0.0.1] [--port 8000]
    protocol headers SITE [--format netlify|nginx]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from protocol.checks import check
from protocol.cli.diff import run_diff
from protocol.cli.guide import run_guide
from protocol.cli.serve import run_headers, run_serve

__all__ = ["main"]


def _find_root(start: Path) -> Path:
    for folder in [start, *start.parents]:
        if (folder / "docs" / "protocol").is_dir():
            return folder
    return start


def _cmd_check(args) -> int:
    problems = check(args.root)
    errors = [p for p in problems if not p.warning]
    for p in problems:
        print(p, file=sys.stderr if not p.warning else sys.stdout)
    if errors:
        print(f"protocol check: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("protocol check: all versions, citations, guides and quizzes are valid")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="protocol", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    default_root = _find_root(Path.cwd())

    p = sub.add_parser("check", help="validate versions, citations, guides and quizzes")
    p.add_argument("--root", type=Path, default=default_root)
    p.set_defaults(run=_cmd_check)

    p = sub.add_parser("diff", help="compare two versions (ids or paths to version files)")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--format", choices=["text", "html", "json", "docx"], default="text")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (required for docx, a Word file with tracked changes)")
    p.add_argument("--partial", action="store_true",
                   help="compare only the sections (or clauses) the draft B contains")
    p.add_argument("--root", type=Path, default=default_root)
    p.set_defaults(run=run_diff)

    p = sub.add_parser("guide", help="run a decision guide")
    p.add_argument("id")
    p.add_argument("--answer", action="append", default=[], metavar="QUESTION=ANSWER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_guide)

    p = sub.add_parser("serve", help="serve a built site on loopback, with its _headers")
    p.add_argument("site", type=Path)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(run=run_serve)

    p = sub.add_parser("headers", help="a built site's headers, for a static host's config")
    p.add_argument("site", type=Path)
    p.add_argument("--format", choices=["netlify", "nginx"], default="nginx")
    p.set_defaults(run=run_headers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
