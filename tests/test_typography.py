"""The translations follow each language's typography.

Both catalogues are checked: locale/<lang>/LC_MESSAGES/django.po and
demo/translations/<lang>.po. Before the rules run, a msgstr is cleaned of
what is not prose: placeholders (%(name)s, %s, {name}), HTML tags, URLs,
email addresses and numbers (1,000 or 14:00 stay as they are).

French: a no-break space (U+00A0 or U+202F) comes before ; : ? ! and inside
« », and apostrophes between letters are typographic (’, never ').

Spanish: no straight double quote (") in prose, and, for consistency, no
English quotes “ ”: the catalogues use «».

Arabic: in text with Arabic letters, the ASCII , ; ? next to an Arabic
character (spaces aside) is wrong; use ، ؛ ؟. A Gregorian month name written
out is paired as in UN Arabic (أيار/مايو): a bare مايو, يناير... not preceded
by "/" fails.

Chinese: no ASCII , ; : ? ! ( ) next to a CJK character (spaces aside); use
the full-width ，；：？！（）.
"""

import re
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
NOT_PROSE = re.compile(
    r"%\([^)]*\)[a-z]|%[sd]|\{[^}]*\}"  # placeholders
    r"|<[^>]*>"  # HTML tags
    r"|&[a-z]+;|&#\d+;"  # entities
    r"|https?://\S+|www\.\S+"  # URLs
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # email addresses
    r"|\d+(?:[.,:]\d+)+"  # numbers such as 1,000, 2.5 and times such as 14:00
)
NBSP = "\u00a0\u202f"
ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_MONTHS = (
    "يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
RULES = {
    "fr": [
        (re.compile(rf"[^{NBSP};:?!]([;:?!])"), "no no-break space before ; : ? !"),
        (re.compile(rf"«[^{NBSP}]"), "no no-break space after «"),
        (re.compile(rf"[^{NBSP}]»"), "no no-break space before »"),
        (re.compile(r"[^\W\d_]'[^\W\d_]"), "straight apostrophe"),
    ],
    "es": [(re.compile('["“”]'), "straight or English double quote")],
    "ar": [
        (re.compile(rf"[{ARABIC}]\s*[,;?]|[,;?]\s*[{ARABIC}]"), "ASCII , ; ? in Arabic"),
        (re.compile(rf"(?<![/\w])(?:{ARABIC_MONTHS})\b"), "month name without its pair"),
    ],
    "zh_Hans": [
        (
            re.compile(rf"[{CJK}]\s*[,;:?!()]|[,;:?!()]\s*[{CJK}]"),
            "ASCII punctuation next to Chinese",
        ),
    ],
}


def prose(text):
    return NOT_PROSE.sub(" ", text)


def test_translations_follow_typography():
    problems = []
    for locale, rules in RULES.items():
        paths = [
            ROOT / "locale" / locale / "LC_MESSAGES" / "django.po",
            ROOT / "demo" / "translations" / f"{locale}.po",
        ]
        for path in paths:
            for entry in polib.pofile(str(path), wrapwidth=0):
                texts = list(entry.msgstr_plural.values()) or [entry.msgstr]
                for text in texts:
                    cleaned = prose(text)
                    for pattern, problem in rules:
                        found = pattern.search(cleaned)
                        if found:
                            problems.append(
                                f"{path.relative_to(ROOT)}: {entry.msgid[:60]!r}: "
                                f"{problem}: {found.group(0)!r}"
                            )
    assert not problems, "\n" + "\n".join(problems)
