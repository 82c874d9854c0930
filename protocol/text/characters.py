"""Characters that are not what they seem: text that looks word for word but is not.

A zero-width space, a right-to-left override, a control character, the replacement character
left by a failed conversion, an unusual space, or a Cyrillic letter inside an English word all
look (almost) like nothing, or like the letter they imitate, on the page. They are found here so
``protocol check`` can report each one at its line and column, naming the character.

What is reported:

* format characters (Unicode category Cf): zero-width spaces and joiners, bidirectional
  controls, soft hyphens, byte order marks, ...
* control characters (Cc) other than tab and line feed
* U+FFFD REPLACEMENT CHARACTER
* spaces other than U+0020 (Zs: no-break space, thin space, ...) and line or paragraph
  separators (Zl, Zp)
* private-use (Co), surrogate (Cs) and unassigned (Cn) code points
* a word whose letters come from more than one script (``wоrking`` with a Cyrillic ``о``): the
  script of a letter is the first word of its Unicode name (LATIN, CYRILLIC, GREEK, ...)

Standard library only (``unicodedata``): it runs in the browser too.

"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Finding", "find_characters", "code_point", "describe", "parse_code_point"]

# Control characters have no Unicode name; these are their names in the Unicode code charts.
_C0 = ("NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
       "ENQUIRY", "ACKNOWLEDGE", "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED",
       "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
       "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
       "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE",
       "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
       "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
       "INFORMATION SEPARATOR ONE")
_NAMED_CONTROLS = {**{chr(n): name for n, name in enumerate(_C0)}, "\x7f": "DELETE",
                   "\x85": "NEXT LINE"}
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ALLOWED_CONTROLS = {"\t", "\n"}
_CODE_POINT = re.compile(r"^U\+([0-9A-F]{4,6})$")


@dataclass(frozen=True)
class Finding:
    line: int
    column: int  # 1-based, in characters
    char: str
    message: str


def code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _name(ch: str) -> str:
    return unicodedata.name(ch, "") or _NAMED_CONTROLS.get(ch, "")


def describe(ch: str) -> str:
    """``"U+200B ZERO WIDTH SPACE"``; a character with no name is described by its category."""
    name = _name(ch)
    if not name:
        name = {"Cc": "(control)", "Co": "(private use)", "Cs": "(surrogate)",
                "Cn": "(unassigned)"}.get(
            unicodedata.category(ch), "(no name)")
    return f"{code_point(ch)} {name}"


def parse_code_point(text) -> str | None:
    """``"U+00A0"`` -> the character; None if ``text`` is not written so or is no character."""
    match = _CODE_POINT.match(text) if isinstance(text, str) else None
    if not match:
        return None
    number = int(match.group(1), 16)
    if number > 0x10FFFF or 0xD800 <= number <= 0xDFFF:
        return None
    return chr(number)


def _why(ch: str) -> str | None:
    """Why ``ch`` is suspicious on its own, or None if it is an ordinary character."""
    if ch == "\ufffd":
        return "the replacement character, left where a character was lost in a conversion"
    category = unicodedata.category(ch)
    if ch in _BIDI:
        return "a bidirectional control, which can reorder how the text around it is shown"
    if category == "Cf":
        return "an invisible formatting character"
    if category == "Cc":
        return None if ch in _ALLOWED_CONTROLS else "a control character"
    if category == "Zs":
        return None if ch == " " else "a space that is not an ordinary space"
    if category in ("Zl", "Zp"):
        return "an invisible line or paragraph separator"
    if category == "Co":
        return "a private-use character, which shows differently in every font"
    if category == "Cs":
        return "half of a surrogate pair, which is not a character"
    if category == "Cn":
        return "not a character assigned by Unicode"
    return None


def _script(ch: str) -> str | None:
    """The script of a letter: the first word of its name (LATIN, CYRILLIC, ...); None for marks
    and modifier letters, which go with any script."""
    if not ch.isalpha() or unicodedata.category(ch) == "Lm":
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0].split("-", 1)[0] if name else None


def _word_findings(line: str, allowed) -> list[tuple[int, str, str]]:
    """(index, letter, message) for the first letter of each word that is not in the word's
    main script."""
    found = []
    at = 0
    while at < len(line):
        if not line[at].isalpha():
            at += 1
            continue
        start = at
        while at < len(line) and (line[at].isalpha() or unicodedata.category(line[at])[0] == "M"):
            at += 1
        word = line[start:at]
        scripts = [_script(ch) for ch in word]
        counts: dict[str, int] = {}
        for script in scripts:
            if script:
                counts[script] = counts.get(script, 0) + 1
        if len(counts) < 2:
            continue
        main = max(counts, key=lambda s: (counts[s], s == "LATIN"))
        for offset, (ch, script) in enumerate(zip(word, scripts)):
            if script and script != main and ch not in allowed:
                others = sorted(counts, key=lambda s: (s != main, s))
                found.append((start + offset, ch,
                              f"{describe(ch)} in the word {word!r}, among "
                              f"{main.title()} letters: a word that mixes scripts "
                              f"({', '.join(s.title() for s in others)}) is not what it seems"))
                break
    return found


def find_characters(text: str, allowed=frozenset(), first_line: int = 1) -> list[Finding]:
    """Every suspicious character in ``text`` not in ``allowed`` (a set of characters), with its
    line (counting from ``first_line``; lines end at ``\\n`` only) and 1-based column."""
    findings: list[Finding] = []
    for number, line in enumerate(text.split("\n"), first_line):
        if line.isascii() and (line.isprintable() or line.replace("\t", "").isprintable()):
            continue  # the common case: plain ASCII, nothing to look at
        for index, ch in enumerate(line):
            if ch in allowed:
                continue
            why = _why(ch)
            if why:
                findings.append(Finding(number, index + 1, ch, f"{describe(ch)}: {why}"))
        for index, ch, message in _word_findings(line, allowed):
            findings.append(Finding(number, index + 1, ch, message))
    findings.sort(key=lambda f: (f.line, f.column))
    return findings
