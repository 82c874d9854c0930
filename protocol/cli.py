"""The ``protocol`` command line (also ``python -m protocol``).

    protocol check [--root DIR]
    protocol diff A B [--format text|html|json] [--root DIR]
    protocol guide ID --answer QUESTION=ANSWER ... [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

__all__ = ["main"]


def _find_root(start: Path) -> Path:
    for folder in [start, *start.parents]:
        if (folder / "docs" / "protocol").is_dir():
            return folder
    return start


def _cmd_check(args) -> int:
    from .check import check

    problems = check(args.root)
    errors = [p for p in problems if not p.warning]
    for p in problems:
        print(p, file=sys.stderr if not p.warning else sys.stdout)
    if errors:
        print(f"protocol check: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("protocol check: all versions, citations, guides and quizzes are valid")
    return 0


def _cmd_diff(args) -> int:
    from .diffcli import run_diff

    return run_diff(args)


def _cmd_guide(args) -> int:
    from .guidecli import run_guide

    return run_guide(args)


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
    p.add_argument("--format", choices=["text", "html", "json"], default="text")
    p.add_argument("--root", type=Path, default=default_root)
    p.set_defaults(run=_cmd_diff)

    p = sub.add_parser("guide", help="run a decision guide")
    p.add_argument("id")
    p.add_argument("--answer", action="append", default=[], metavar="QUESTION=ANSWER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_guide)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
