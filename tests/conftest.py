"""Fixtures shared by the whole suite.

``site_tree`` builds, for each test that asks for it::

    root → HomePage (the default Site's root, served at /en/)
             ├── CallIndexPage → CallPage 2024 (2 directions, 5 criteria, 4 dated stages)
             │                 → CallPage 2025 (3 key areas, no deadline yet)
             ├── CaseIndexPage (cases are added by the tests that need them)
             ├── EventIndexPage
             ├── NewsIndexPage
             └── StandardPage "About"
"""

import itertools
from collections import defaultdict
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import models, transaction
from wagtail.models import Page, Site

from core import localization
from tests.factories import (
    CRITERIA_2024,
    DEADLINE_2024,
    CallIndexPageFactory,
    CallPageFactory,
    CaseIndexPageFactory,
    EventIndexPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    contact,
    criterion,
    direction,
    guideline,
    stages_2024,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Renditions and pages are cached: no test may see another test's rows through it."""
    cache.clear()
    localization._locale_ids.clear()
    yield
    cache.clear()
    localization._locale_ids.clear()


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production (the test settings leave it off)."""
    settings.PAGE_CACHE_SECONDS = 3600


def build_home():
    """A HomePage under the root, made the default Site's root in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Casebook", slug="casebook")
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.site_name = "Casebook"
    site.save()
    if welcome.pk != home.pk:
        welcome.delete()
    return home


def build_site_tree():
    home = build_home()
    site = Site.objects.get(is_default_site=True)
    root = home.get_parent()
    call_index = CallIndexPageFactory(parent=home, title="Calls", slug="calls")
    call_2024 = CallPageFactory(
        parent=call_index,
        title="Call for cases 2024",
        slug="2024",
        year=2024,
        eligible_from_year=2021,
        eligible_to_year=2024,
        time_zone="Asia/Shanghai",
        closes_at=DEADLINE_2024,
        directions=[
            direction("Technological breakthroughs and innovative applications", "technology"),
            direction("Collaborative development of technology and culture", "collaboration"),
        ],
        criteria=[criterion(name) for name in CRITERIA_2024],
        stages=stages_2024(),
        guidelines=[guideline("Write in English or Chinese."), guideline("Attach pictures.")],
        contacts=[contact("Case collection team", email="cases@example.org")],
        submission_email="cases@example.org",
        submission_subject_format="Country + City + Case Name",
    )
    call_2025 = CallPageFactory(
        parent=call_index,
        title="Call for cases 2025",
        slug="2025",
        year=2025,
        eligible_from_year=2022,
        eligible_to_year=2025,
        directions_label="Key areas",
        directions=[
            direction("Digital heritage", "heritage"),
            direction("Creative industries", "creative"),
            direction("Language technologies", "languages"),
        ],
        criteria=[criterion(name) for name in CRITERIA_2024],
    )
    return SimpleNamespace(
        root=root,
        site=site,
        home=home,
        call_index=call_index,
        call=call_2024,
        call_2025=call_2025,
        case_index=CaseIndexPageFactory(parent=home, title="Cases", slug="cases"),
        event_index=EventIndexPageFactory(parent=home, title="Events", slug="events"),
        news_index=NewsIndexPageFactory(parent=home, title="News", slug="news"),
        about=StandardPageFactory(parent=home, title="About the call", slug="about"),
    )


@contextmanager
def module_transaction(django_db_blocker):
    """An atomic block (a savepoint when one is open) kept open while the ``with`` body runs.

    Rows made inside ``build()`` (database access is unblocked there) stay until the
    block is rolled back when the body ends. A module-scoped fixture yields inside it,
    so the module's tests run inside it, each in its own savepoint (the ``db`` fixture)
    that rolls the test's changes back after it::

        with module_transaction(django_db_blocker) as build:
            with build():
                rows = make_rows()
            yield rows
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()

    @contextmanager
    def build():
        with django_db_blocker.unblock():
            yield

    try:
        yield build
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def _shared_site_tree(django_db_setup, django_db_blocker):
    """The site tree, built once per module in a transaction rolled back at its end.

    Each test still runs in its own savepoint (the ``db`` fixture) inside this
    transaction, so a test's changes to the tree are rolled back after it. Yields
    ``{name: (model, pk)}``; ``site_tree`` re-fetches fresh instances per test.
    """
    with module_transaction(django_db_blocker) as build:
        with build():
            tree = build_site_tree()
            pks = {name: (type(obj), obj.pk) for name, obj in vars(tree).items()}
        yield pks


def fetch_site_tree(pks):
    return SimpleNamespace(**{name: model.objects.get(pk=pk) for name, (model, pk) in pks.items()})


@pytest.fixture
def site_tree(_shared_site_tree, db):
    return fetch_site_tree(_shared_site_tree)


# Fixtures built once per module ------------------------------------------------------
#
# ``@shared_per_module`` turns ``build(site_tree)`` into a fixture of the same name whose
# rows are made once per module, in a savepoint inside the site tree's transaction, and
# whose value is, for each test, fresh instances of those rows (re-fetched by pk: no test
# sees another test's changes to the Python objects, and the test's savepoint rolls back
# its changes to the rows). A test's fixtures may use one such fixture at most: a module
# whose tests use different ones builds each in turn (pytest groups the tests by it,
# through a hidden module-scoped parameter of ``_shared_rows``, and rolls one back before
# building the next); tests using none run with none built.

_BUILDERS = {}


class _Row:
    __slots__ = ("model", "pk")

    def __init__(self, model, pk):
        self.model, self.pk = model, pk


def freeze(value):
    """``value`` with every model instance replaced by its (model, pk)."""
    if isinstance(value, models.Model):
        if value.pk is None:
            raise ValueError(f"unsaved {value!r} in a fixture built once per module")
        return _Row(type(value), value.pk)
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**{name: freeze(item) for name, item in vars(value).items()})
    if isinstance(value, dict):
        return {key: freeze(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(freeze(item) for item in value)
    return value


def _rows(value):
    if isinstance(value, _Row):
        yield value
    elif isinstance(value, SimpleNamespace):
        yield from _rows(vars(value))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _rows(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _rows(item)


def thaw(frozen):
    """Fresh instances for ``freeze``'s result: one query per model."""
    wanted = defaultdict(set)
    for row in _rows(frozen):
        wanted[row.model].add(row.pk)
    fetched = {model: model.objects.in_bulk(pks) for model, pks in wanted.items()}

    def rebuild(value):
        if isinstance(value, _Row):
            return fetched[value.model][value.pk]
        if isinstance(value, SimpleNamespace):
            return SimpleNamespace(**{name: rebuild(item) for name, item in vars(value).items()})
        if isinstance(value, dict):
            return {key: rebuild(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(rebuild(item) for item in value)
        return value

    return rebuild(frozen)


def shared_per_module(build):
    """Decorator: ``build(site_tree)`` as a fixture built once per module (see above)."""
    key = f"{build.__module__}.{build.__name__}"
    _BUILDERS[key] = build

    def fixture(_shared_rows, db):
        assert _shared_rows is not None and _shared_rows.key == key, (key, _shared_rows)
        return thaw(_shared_rows.frozen)

    fixture.__name__ = build.__name__
    fixture.__doc__ = build.__doc__
    fixture.shared_key = key
    return pytest.fixture(name=build.__name__)(fixture)


def pytest_generate_tests(metafunc):
    """Each test's ``_shared_rows`` parameter: the key of the shared fixture it uses, if any."""
    if "_shared_rows" not in metafunc.fixturenames:
        return
    keys = {
        getattr(definitions[-1].func, "shared_key", None)
        for name, definitions in metafunc._arg2fixturedefs.items()
        if name in metafunc.fixturenames and definitions
    } - {None}
    assert len(keys) <= 1, f"{metafunc.definition.nodeid} uses {sorted(keys)}: one at most"
    metafunc.parametrize(
        "_shared_rows",
        [keys.pop() if keys else None],
        indirect=True,
        ids=[pytest.HIDDEN_PARAM],
        scope="module",
    )


@pytest.fixture(scope="module", autouse=True)
def _shared_rows(request, django_db_blocker):
    key = getattr(request, "param", None)
    if key is None:
        yield None
        return
    site_pks = request.getfixturevalue("_shared_site_tree")
    with module_transaction(django_db_blocker) as build:
        with build():
            frozen = freeze(_BUILDERS[key](fetch_site_tree(site_pks)))
        yield SimpleNamespace(key=key, frozen=frozen)


@pytest.fixture
def bare_home(_shared_site_tree, db):
    """Only the home page: for creating the one-per-parent index pages."""
    model, pk = _shared_site_tree["home"]
    for child in Page.objects.get(pk=pk).get_children():
        child.specific.delete()
    return model.objects.get(pk=pk)


@pytest.fixture
def directions(site_tree):
    """The 2024 call's two directions, in the editor's order."""
    return list(site_tree.call.directions.all())


@pytest.fixture
def assert_constant_queries(
    client, settings, django_assert_num_queries, django_assert_max_num_queries
):
    """``check(url, grow, ceiling)``: a page's queries do not grow with its items.

    As in production, the page is rendered afresh (no page cache) while what every page
    shows alike comes from the fragment cache. Renders ``url`` once to warm renditions
    and caches, counts a second render (at most ``ceiling`` queries), calls ``grow()``
    (10 → 1,000 items), empties the cache (the new pages were made without publishing),
    warms again and asserts the same count. Returns both responses, for checking that
    the page did show more.
    """
    settings.FRAGMENT_CACHE_SECONDS = 3600

    def check(url, grow, ceiling):
        assert client.get(url).status_code == 200
        with django_assert_max_num_queries(ceiling) as small:
            before = client.get(url)
        # Read now: the next request resets the connection's query log.
        count = len(small.captured_queries)
        assert before.status_code == 200
        grow()
        cache.clear()
        assert client.get(url).status_code == 200
        with django_assert_num_queries(count):
            after = client.get(url)
        assert after.status_code == 200
        return before, after

    return check


@pytest.fixture
def numbered_pages(db):
    """``make(factory, n, **fields)``: n pages numbered on from call to call.

    A field given as a function is called with the page's number; the pages share three
    hero images, as a real section's pages share renditions.
    """
    images = ImageFactory.create_batch(3)
    counter = itertools.count()

    def make(factory, n, **fields):
        made = []
        for i in itertools.islice(counter, n):
            values = {
                name: value(i) if callable(value) else value for name, value in fields.items()
            }
            made.append(factory(hero_image=images[i % 3], **values))
        return made

    return make
