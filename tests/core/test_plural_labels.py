"""Key-figure labels take the form their number needs, in each language's plural rules."""

import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.utils import translation

RUSSIAN = "оцифрованный узор|оцифрованных узора|оцифрованных узоров|оцифрованного узора"
ARABIC = "زخرفة|زخرفة واحدة|زخرفتان|زخارف|زخرفة|زخرفة"


def label(language, label, value):
    figures = [{"value": value, "unit": "", "label": label}]
    with translation.override(language):
        html = render_to_string("includes/key_figures.html", {"figures": figures})
    return re.search(r"<dt>(.*?)</dt>", html, re.S).group(1).strip()


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, "pattern"), (2, "patterns"), ("12,000", "patterns"), (Decimal("1.00"), "pattern")],
)
def test_english_forms(value, expected):
    assert label("en", "pattern|patterns", value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, "оцифрованный узор"),
        (21, "оцифрованный узор"),
        (3, "оцифрованных узора"),
        (5, "оцифрованных узоров"),
        ("12 000", "оцифрованных узоров"),
        ("2.5", "оцифрованного узора"),
    ],
)
def test_russian_forms_follow_the_number(value, expected):
    assert label("ru", RUSSIAN, value) == expected


def test_arabic_has_six_forms():
    assert label("ar", ARABIC, 2) == "زخرفتان"
    assert label("ar", ARABIC, 7) == "زخارف"


def test_a_label_without_forms_is_left_as_it_is():
    assert label("ru", "оцифрованные узоры", 5) == "оцифрованные узоры"
