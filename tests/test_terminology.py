"""The catalogues follow the termbase in locale/glossary.yaml.

For every entry of the interface catalogue (locale/<lang>/LC_MESSAGES/django.po)
and of the sample-content catalogue (demo/translations/<lang>.po) of each
language, a msgstr fails when it contains an `avoid` variant of a term whose
English appears in the msgid (case-insensitive; a term's `match` regex replaces
the plain English), or an `avoid` variant marked `anywhere: true` whatever the
msgid. Variants are regular expressions matched case-insensitively.
"""

import re
from pathlib import Path

import polib
import yaml

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "locale" / "glossary.yaml"
LANGUAGES = {"zh-hans": "zh_Hans", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru"}


def catalogues(locale):
    yield ROOT / "locale" / locale / "LC_MESSAGES" / "django.po"
    yield ROOT / "demo" / "translations" / f"{locale}.po"


def translations(entry):
    if entry.msgstr_plural:
        return list(entry.msgstr_plural.values())
    return [entry.msgstr]


def load_rules(language):
    """(English matcher, variant regex, anywhere) for each avoided variant."""
    terms = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))["terms"]
    rules = []
    for english, term in terms.items():
        matcher = re.compile(term.get("match") or re.escape(english), re.IGNORECASE)
        for variant in (term.get(language) or {}).get("avoid", []):
            if isinstance(variant, dict):
                pattern, anywhere = variant["pattern"], variant.get("anywhere", False)
            else:
                pattern, anywhere = variant, False
            rules.append((english, matcher, re.compile(pattern, re.IGNORECASE), anywhere))
    return rules


def test_glossary_covers_every_language():
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    assert "policies" in data
    for english, term in data["terms"].items():
        assert term.get("note"), english
        for language in LANGUAGES:
            assert term.get(language, {}).get("term"), (english, language)


def test_catalogues_avoid_rejected_variants():
    problems = []
    for language, locale in LANGUAGES.items():
        rules = load_rules(language)
        for path in catalogues(locale):
            for entry in polib.pofile(str(path), wrapwidth=0):
                for text in translations(entry):
                    for english, matcher, variant, anywhere in rules:
                        if not (anywhere or matcher.search(entry.msgid)):
                            continue
                        found = variant.search(text)
                        if found:
                            problems.append(
                                f"{path.relative_to(ROOT)}: {entry.msgid[:70]!r}: "
                                f"{found.group(0)!r} (term {english!r})"
                            )
    assert not problems, "\n" + "\n".join(problems)
