from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from tests import factories


@pytest.fixture(autouse=True)
def _media_in_tmp(settings: Any, tmp_path: Any) -> None:
    """Uploaded files of a test land in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """The API's throttles count in the cache: each test starts from zero, whatever ran before
    (ids repeat from one test to the next, so counts would otherwise add up)."""
    cache.clear()


@pytest.fixture(autouse=True)
def _english_by_default() -> Any:
    """Each test starts in English, whatever language a page request left active."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def edition(db: Any) -> Any:
    """An edition whose call is open, with one category and a weighted round."""
    return factories.open_edition()


@pytest.fixture
def secretariat(edition: Any) -> Any:
    return factories.secretary(edition)


@pytest.fixture
def stranger(db: Any) -> Any:
    """A signed-in user with no role anywhere."""
    return factories.UserFactory()


@pytest.fixture
def other_secretariat(db: Any) -> Any:
    """The secretariat of another edition."""
    return factories.secretary(factories.open_edition())


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Tests marked ``postgres`` run only where DATABASE_URL points at PostgreSQL."""
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: .ci/run runs it with DATABASE_URL")
