"""Organisations and people named in the source documents.

Only what the sources say: names, the kind of body, China where the source places
it there, positions as the sources give them. No websites, photos or biographies
are invented. The fictional applicants of the sample cases live with the cases.
"""

from core.models import Organisation, Person
from demo.base import ensure_snippet

Kind = Organisation.Kind

# key: (name, short name, kind, country)
ORGANISATIONS = {
    "iccsd": (
        "International Centre for Creativity and Sustainable Development under the auspices "
        "of UNESCO",
        "ICCSD",
        Kind.INTERNATIONAL,
        "CN",
    ),
    "unesco": (
        "United Nations Educational, Scientific and Cultural Organization",
        "UNESCO",
        Kind.INTERNATIONAL,
        "",
    ),
    "unesco-east-asia": (
        "UNESCO Multisectoral Regional Office for East Asia",
        "",
        Kind.INTERNATIONAL,
        "",
    ),
    "beijing-government": (
        "People's Government of Beijing Municipality",
        "",
        Kind.GOVERNMENT,
        "CN",
    ),
    # Backers of the 2024 call.
    "cri-online": ("CRI Online", "", Kind.MEDIA, "CN"),
    "brtv": ("Beijing Radio & Television Station", "BRTV", Kind.MEDIA, "CN"),
    "tingting-fm": ("Tingting FM", "", Kind.MEDIA, "CN"),
    "beijing-time": ("Beijing Time", "", Kind.MEDIA, "CN"),
    # Organisers of the briefing session of 21 January 2026.
    "zhongheng-alliance": (
        "Zhongguancun Zhongheng Culture Technology Innovation Service Alliance",
        "",
        Kind.NONPROFIT,
        "CN",
    ),
    "tsinghua-cultural-creativity": (
        "Institute for Cultural Creativity, Tsinghua University",
        "",
        Kind.UNIVERSITY,
        "CN",
    ),
    "tsinghua-alumni-committee": (
        "Professional Committee of Cultural Creativity of Tsinghua Alumni Association",
        "",
        Kind.NONPROFIT,
        "CN",
    ),
    "yunxi": ("Yunxi (Beijing) Cultural Technology Co., Ltd.", "Yunxi", Kind.COMPANY, "CN"),
    # The forum marking the 20th anniversary of the 2005 Convention.
    "beijing-science-commission": (
        "Beijing Science and Technology Commission",
        "",
        Kind.GOVERNMENT,
        "CN",
    ),
    "zhongguancun-committee": (
        "Zhongguancun Science Park Administrative Committee",
        "",
        Kind.GOVERNMENT,
        "CN",
    ),
    "beijing-innovation-center": (
        "Beijing Science and Technology Innovation Promotion Center",
        "",
        Kind.OTHER,
        "CN",
    ),
    "china-daily": ("China Daily", "", Kind.MEDIA, "CN"),
    # Affiliations of the briefing's speakers.
    "tsinghua-tongheng": (
        "Tsinghua Tongheng Urban Planning & Design Institute",
        "",
        Kind.UNIVERSITY,
        "CN",
    ),
    "qingyuan-heritage-center": (
        "Cultural Heritage Conservation Center of Qingyuan",
        "",
        Kind.CULTURAL,
        "CN",
    ),
    "tsinghua-arts-design": (
        "Academy of Arts & Design, Tsinghua University",
        "",
        Kind.UNIVERSITY,
        "CN",
    ),
    "cas-automation": (
        "Institute of Automation, Chinese Academy of Sciences",
        "",
        Kind.UNIVERSITY,
        "CN",
    ),
    "innomix": ("Innomix", "", Kind.COMPANY, ""),
}

# key: (name, position as the source gives it, affiliation key or None)
PEOPLE = {
    "chen-jie": ("Chen Jie", "Representative of ICCSD", "iccsd"),
    "liu-bing": (
        "Liu Bing",
        "Secretary-General, Culture and Technology Innovation Service Alliance",
        None,
    ),
    "zhang-zheng": (
        "Zhang Zheng",
        "Vice Dean, School of Journalism and Communication; Vice Dean and Professor, "
        "Institute for Cultural Creativity, Tsinghua University; President, Professional "
        "Committee of Cultural Creativity of Tsinghua Alumni Association",
        "tsinghua-cultural-creativity",
    ),
    "du-fanding": (
        "Du Fanding",
        "Chief Planner, Heritage Protection & Adaptive Reuse Branch",
        "tsinghua-tongheng",
    ),
    "an-nanxu": (
        "An Nanxu",
        "Representative, Communication and Education Center",
        "qingyuan-heritage-center",
    ),
    "zhang-lie": ("Zhang Lie", "Professor", "tsinghua-arts-design"),
    "wang-xia": ("Wang Xia", "Representative, Science and Art Center", "cas-automation"),
    "song-ting": ("Song Ting", "International digital artist", None),
    "de-wen": ("De Wen", "Founder", "innomix"),
    "liu-changyuan": (
        "Liu Changyuan",
        "Project Lead, Lancang-Mekong Cross-border Language AI Large Model",
        None,
    ),
    "shahbaz-khan": ("Shahbaz Khan", "Director", "unesco-east-asia"),
}


def load(ctx):
    for key, (name, short_name, kind, country) in ORGANISATIONS.items():
        ctx.organisations[key] = ensure_snippet(
            ctx,
            Organisation,
            "organisations",
            {"name": name},
            {"short_name": short_name, "kind": kind, "country": country},
        )
    for key, (name, title, affiliation) in PEOPLE.items():
        ctx.people[key] = ensure_snippet(
            ctx,
            Person,
            "people",
            {"name": name},
            {"title": title, "affiliation": ctx.organisations.get(affiliation)},
        )


def ensure_fictional_organisation(ctx, name, kind, country):
    """An invented applicant of a sample case; its name says it is fictional."""
    assert "(fictional)" in name, name
    return ensure_snippet(
        ctx, Organisation, "organisations", {"name": name}, {"kind": kind, "country": country}
    )
